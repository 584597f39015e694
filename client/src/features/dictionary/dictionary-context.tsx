import { createContext, type ReactNode, useContext, useState } from "react";
import type { OnlineStatusStore } from "../../sync/online-status";
import { createDictionaryApi } from "./dictionary-api";
import { createDictionaryService, type DictionaryService } from "./dictionary-service";
import { createCacheBucket, createMemoryBucket, createTermStore } from "./term-store";

const DictionaryContext = createContext<DictionaryService | null>(null);

/** Builds the dictionary's dependencies once per mounted dictionary section. */
export function DictionaryProvider({
  onlineStatus,
  children,
}: {
  onlineStatus: OnlineStatusStore;
  children: ReactNode;
}) {
  const [service] = useState(() =>
    createDictionaryService({
      api: createDictionaryApi(),
      // Cache Storage needs a secure context; without it, viewed terms last for the session only.
      store: createTermStore("caches" in globalThis ? createCacheBucket(caches) : createMemoryBucket()),
      isOnline: onlineStatus.getSnapshot,
    }),
  );
  return <DictionaryContext value={service}>{children}</DictionaryContext>;
}

export function useDictionary(): DictionaryService {
  const service = useContext(DictionaryContext);
  if (!service) throw new Error("useDictionary() must be used inside <DictionaryProvider>");
  return service;
}
