import { Subject } from "rxjs";
import type { Fetch } from "../api/api-error";
import type { MirubatoDatabase } from "../db/database-types";
import { loadDeviceId } from "../db/device-clock";
import { joinLeaderElection, resignLeadership } from "../db/leadership";
import { createRelaySocket, relayUrl } from "./relay-socket";
import { type MergedChange, type SyncEngine, startSyncEngine } from "./sync-engine";
import type { SyncStatusStore } from "./sync-status";

/**
 * Starts the sync engine with the browser's relay socket and re-sync triggers. Lazily imported.
 *
 * When the browser freezes the tab (Page Lifecycle `freeze`), the tab stops syncing and resigns
 * its replication leadership, so another tab of this browser takes over at once; when thawed
 * (`resume`) it joins the election again and syncs if it becomes the leader.
 */
export function startBrowserSync(options: {
  readonly database: MirubatoDatabase;
  readonly userId: string;
  readonly status: SyncStatusStore;
  readonly fetch: Fetch;
}): SyncEngine {
  const deviceId = loadDeviceId(window.localStorage);
  const merged$ = new Subject<MergedChange>();
  const start = () => {
    const started = startSyncEngine({
      ...options,
      deviceId,
      events: window,
      visibility: document,
      createRelay: (handlers) =>
        createRelaySocket({
          ...handlers,
          url: relayUrl(window.location, deviceId),
          createSocket: (url) => new WebSocket(url),
        }),
    });
    started.merged$.subscribe(merged$);
    return started;
  };
  let engine = start();
  let isFrozen = false;
  const onFreeze = () => {
    if (isFrozen) return;
    isFrozen = true;
    // Both begin synchronously: the lock is released before the tab stops running.
    void engine.stop();
    void resignLeadership(options.database);
  };
  const onResume = () => {
    if (!isFrozen) return;
    isFrozen = false;
    joinLeaderElection(options.database);
    engine = start();
  };
  document.addEventListener("freeze", onFreeze);
  document.addEventListener("resume", onResume);
  return {
    merged$,
    get replications() {
      return engine.replications;
    },
    reSync: () => engine.reSync(),
    awaitInSync: (timeoutMs) => engine.awaitInSync(timeoutMs),
    async stop() {
      document.removeEventListener("freeze", onFreeze);
      document.removeEventListener("resume", onResume);
      await engine.stop();
    },
  };
}
