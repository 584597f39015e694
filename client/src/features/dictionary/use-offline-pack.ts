import { useCallback, useEffect, useState } from "react";
import { useDictionary } from "./dictionary-context";
import type { RecentLookup } from "./term-store";

export type PackState =
  | { status: "checking" | "absent" | "downloading" | "failed" }
  | { status: "ready"; count: number };

/** Whether the whole dictionary is on the device, and the action that puts it there. */
export function useOfflinePack(): { pack: PackState; download: () => void } {
  const dictionary = useDictionary();
  const [pack, setPack] = useState<PackState>({ status: "checking" });
  useEffect(() => {
    dictionary
      .countPackTerms()
      .then((count) => setPack(count > 0 ? { status: "ready", count } : { status: "absent" }));
  }, [dictionary]);
  const download = useCallback(() => {
    setPack({ status: "downloading" });
    dictionary.downloadPack().then(
      (count) => setPack({ status: "ready", count }),
      () => setPack({ status: "failed" }),
    );
  }, [dictionary]);
  return { pack, download };
}

export function useRecentLookups(): RecentLookup[] {
  const dictionary = useDictionary();
  const [recent, setRecent] = useState<RecentLookup[]>([]);
  useEffect(() => {
    dictionary.listRecent().then(setRecent);
  }, [dictionary]);
  return recent;
}
