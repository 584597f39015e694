/**
 * Browser connectivity as a tiny external store for `useSyncExternalStore`. `navigator.onLine` only
 * says whether the device has a network, not whether our server is reachable; replication status
 * (sync/ later) refines that. Being offline is a normal state, not an error.
 */

export type OnlineStatusStore = {
  getSnapshot: () => boolean;
  subscribe: (onChange: () => void) => () => void;
};

type NavigatorLike = { readonly onLine: boolean };

/** @param events the object that fires `online`/`offline` (window in the browser). */
export function createOnlineStatusStore(navigator: NavigatorLike, events: EventTarget): OnlineStatusStore {
  return {
    getSnapshot: () => navigator.onLine,
    subscribe(onChange) {
      events.addEventListener("online", onChange);
      events.addEventListener("offline", onChange);
      return () => {
        events.removeEventListener("online", onChange);
        events.removeEventListener("offline", onChange);
      };
    },
  };
}
