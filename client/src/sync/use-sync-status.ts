import { useSyncExternalStore } from "react";
import type { SyncStatus, SyncStatusStore } from "./sync-status";

/**
 * The current sync status; re-renders when it changes.
 *
 * @example
 * const { phase, pendingCount } = useSyncStatus(useSync().status);
 */
export function useSyncStatus(store: SyncStatusStore): SyncStatus {
  return useSyncExternalStore(
    (onChange) => {
      const subscription = store.status$.subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    store.getStatus,
    store.getStatus,
  );
}
