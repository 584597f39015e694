import { createHlcClock } from "@mirubato/domain";
import type { MirubatoDatabase } from "../../db/database-types";
import { createRepository, type Repository } from "../../db/repository";
import { createTestDatabase } from "../../db/testing/test-database";

export { pieceContent } from "../../db/testing/piece-content";

import { type SyncEngine, type SyncEngineOptions, startSyncEngine } from "../sync-engine";
import { createSyncStatusStore, type SyncStatusStore } from "../sync-status";
import type { FakeSyncServer } from "./fake-sync-server";

/** One simulated device: its own database, clock, repository, status and (once started) engine. */
export interface TestDevice {
  readonly database: MirubatoDatabase;
  readonly repository: Repository;
  readonly status: SyncStatusStore;
  /** Moves this device's wall clock, so its next stamps are later. */
  advance(ms: number): void;
  startSync(options?: Pick<SyncEngineOptions, "pullBatchSize" | "createRelay">): SyncEngine;
  readonly engine: () => SyncEngine;
  dispose(): Promise<void>;
}

export async function createTestDevice(server: FakeSyncServer, deviceId: string): Promise<TestDevice> {
  const database = await createTestDatabase(["pieces"]);
  let nowMs = Date.parse("2026-03-01T10:00:00.000Z");
  const clock = createHlcClock({ deviceId, now: () => nowMs });
  const status = createSyncStatusStore({ isOnline: true });
  let engine: SyncEngine | undefined;
  return {
    database,
    repository: createRepository(database, clock),
    status,
    advance: (ms) => {
      nowMs += ms;
    },
    startSync(options = {}) {
      engine = startSyncEngine({
        ...options,
        database,
        userId: "user-1",
        deviceId,
        fetch: server.fetch,
        status,
        waitForLeadership: false,
        baseRetryMs: 20,
        pollIntervalMs: 60_000,
      });
      return engine;
    },
    engine: () => {
      if (engine === undefined) throw new Error("sync not started");
      return engine;
    },
    async dispose() {
      await engine?.stop();
      await database.remove();
    },
  };
}

/** Polls `check` until it returns true (RxDB replication is asynchronous by nature). */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
