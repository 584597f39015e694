/**
 * What the service worker has told us, as an external store for the update prompt and the
 * "ready to work offline" toast. An available update wins over the offline-ready note.
 */

export type PwaStatus = "idle" | "offline-ready" | "update-available";

export type PwaStore = {
  getSnapshot: () => PwaStatus;
  subscribe: (onChange: () => void) => () => void;
  markOfflineReady: () => void;
  /** @param activateUpdate activates the waiting service worker and reloads the page */
  markUpdateAvailable: (activateUpdate: () => Promise<void>) => void;
  applyUpdate: () => Promise<void>;
  dismiss: () => void;
};

export function createPwaStore(): PwaStore {
  let status: PwaStatus = "idle";
  let activateUpdate: (() => Promise<void>) | null = null;
  const listeners = new Set<() => void>();
  const setStatus = (next: PwaStatus) => {
    status = next;
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => status,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    markOfflineReady() {
      if (status === "idle") setStatus("offline-ready");
    },
    markUpdateAvailable(activate) {
      activateUpdate = activate;
      setStatus("update-available");
    },
    async applyUpdate() {
      await activateUpdate?.();
    },
    dismiss: () => setStatus("idle"),
  };
}
