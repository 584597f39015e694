import type { Fetch } from "../api/api-error";
import type { MirubatoDatabase } from "../db/database-types";
import { loadDeviceId } from "../db/device-clock";
import { createRelaySocket, relayUrl } from "./relay-socket";
import { type SyncEngine, startSyncEngine } from "./sync-engine";
import type { SyncStatusStore } from "./sync-status";

/** Starts the sync engine with the browser's relay socket and re-sync triggers. Lazily imported. */
export function startBrowserSync(options: {
  readonly database: MirubatoDatabase;
  readonly userId: string;
  readonly status: SyncStatusStore;
  readonly fetch: Fetch;
}): SyncEngine {
  const deviceId = loadDeviceId(window.localStorage);
  return startSyncEngine({
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
}
