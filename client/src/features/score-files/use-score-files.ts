import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { CachedFileIndex } from "./cached-file-index";
import { getScoreFileCache, type ScoreFileErrorCode, type StorageSummary } from "./score-file-cache";

function useCachedFileIndex(): CachedFileIndex {
  const cache = getScoreFileCache();
  return useSyncExternalStore(cache.subscribe, cache.getIndex, cache.getIndex);
}

export type KeepOfflineState =
  | { readonly status: "idle" }
  | { readonly status: "saving" }
  | { readonly status: "failed"; readonly code: ScoreFileErrorCode };

/** Whether a file is kept offline on this device, and a setter that downloads it when kept. */
export function useKeepOffline(fileId: string) {
  const index = useCachedFileIndex();
  const [state, setState] = useState<KeepOfflineState>({ status: "idle" });
  const setKept = useCallback(
    async (shouldKeep: boolean) => {
      setState(shouldKeep ? { status: "saving" } : { status: "idle" });
      const result = await getScoreFileCache().setKept(fileId, shouldKeep);
      setState(result.ok ? { status: "idle" } : { status: "failed", code: result.code });
    },
    [fileId],
  );
  return {
    isKept: index.keptFileIds.includes(fileId),
    isCached: index.files[fileId] !== undefined,
    state,
    setKept,
  };
}

/** What score files take on this device, refreshed whenever the cache changes. */
export function useScoreStorage(): StorageSummary | undefined {
  const index = useCachedFileIndex();
  const [summary, setSummary] = useState<StorageSummary>();
  useEffect(() => {
    let isCurrent = true;
    getScoreFileCache()
      .getSummary()
      .then((next) => {
        if (isCurrent) setSummary(next);
      });
    return () => {
      isCurrent = false;
    };
  }, [index]);
  return summary;
}
