import { useSyncExternalStore } from "react";
import type { OnlineStatusStore } from "./online-status";

/** `true` while the browser reports a network connection; re-renders on `online`/`offline` events. */
export function useOnlineStatus(store: OnlineStatusStore): boolean {
  // Pre-rendered HTML assumes online; the client snapshot corrects it on hydration.
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => true);
}
