/**
 * RxDB replication of one collection against `/api/sync/{collection}/pull|push` (DESIGN §3):
 * checkpoint pulls in pages, pushes with `assumedMasterState`, conflicts resolved by the
 * collection's merge handler (db/merge-conflict-handler.ts). Two fast paths stay inside RxDB's
 * protocol: the first pull stores pages straight into storage (first-pull.ts, ADR 0007), and a
 * relay poke pulls from the newest checkpoint into `pull.stream$` (poke-pull.ts).
 *
 * RxDB retries a failed request after a fixed `retryTime`; we make that an exponential back-off
 * by adjusting `retryTime` on each failure and resetting it on success. A 401 stops the retries
 * through `onUnauthorized`, since only signing in again can fix it.
 */
import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { pushBatches, type SyncCheckpoint, syncLimits } from "@mirubato/sync-protocol";
import type { RxCollection } from "rxdb";
import { type RxReplicationState, replicateRxCollection } from "rxdb/plugins/replication";
import type { Observable } from "rxjs";
import { ApiError, type Fetch } from "../api/api-error";
import { createSyncClient } from "../api/sync-client";
import { createFirstPull } from "./first-pull";
import { createPokePull, type PullTrigger } from "./poke-pull";
import { createPushLane, type PushLane } from "./push-lane";

export type CollectionReplication<Name extends CollectionName> = RxReplicationState<
  CollectionDoc<Name>,
  SyncCheckpoint
>;

export interface RequestOutcome {
  readonly ok: boolean;
  readonly error?: unknown;
}

export interface ReplicateCollectionOptions<Name extends CollectionName> {
  readonly collection: RxCollection<CollectionDoc<Name>>;
  readonly name: Name;
  readonly userId: string;
  readonly fetch: Fetch;
  /**
   * This device's id, sent as `x-device-id` with every sync request: the API passes it to the
   * relay, which then pokes the user's other devices but not this one about its own push.
   */
  readonly deviceId?: string;
  /** When to pull: RESYNC (from RxDB's stored checkpoint) or a relay POKE (poke-pull.ts). */
  readonly pullTriggers$: Observable<PullTrigger>;
  readonly onUnauthorized: () => void;
  /** Every request's outcome, for the sync status (reachability, last error, last sync time). */
  readonly onRequest?: (outcome: RequestOutcome) => void;
  /**
   * Runs this device's pushes one after another (shared by every collection): pushes of one user
   * contend for the user's change counter on the server, so parallel ones would only be retried.
   */
  readonly pushLane?: PushLane;
  readonly waitForLeadership?: boolean;
  readonly baseRetryMs?: number;
  readonly maxRetryMs?: number;
  readonly pullBatchSize?: number;
  readonly pushBatchSize?: number;
}

/**
 * The replication identifier: per user and collection, so a new account on this browser starts
 * from checkpoint `null` and pushes every document already here (nothing made before sign-in is
 * skipped). Bump the version part to force a full re-sync.
 */
export function replicationIdentifier(userId: string, name: CollectionName): string {
  return `mirubato-sync-v1:${userId}:${name}`;
}

/**
 * Starts replicating one collection (live; in the leader tab only unless told otherwise).
 *
 * @example
 * const replication = replicateCollection({ collection: db.pieces, name: "pieces", userId, fetch, … });
 * await replication.awaitInSync();
 */
export function replicateCollection<Name extends CollectionName>(
  options: ReplicateCollectionOptions<Name>,
): CollectionReplication<Name> {
  const pushLane = options.pushLane ?? createPushLane();
  const client = createSyncClient(options.name, withDeviceId(options.fetch, options.deviceId));
  const baseRetryMs = options.baseRetryMs ?? 2000;
  const maxRetryMs = options.maxRetryMs ?? 60_000;
  let replication: CollectionReplication<Name> | undefined;

  async function request<Result>(run: () => Promise<Result>): Promise<Result> {
    try {
      const result = await run();
      if (replication !== undefined) replication.retryTime = baseRetryMs;
      options.onRequest?.({ ok: true });
      return result;
    } catch (error) {
      if (replication !== undefined) {
        const doubled = Math.min(maxRetryMs, (replication.retryTime ?? baseRetryMs) * 2);
        // Jitter spreads the retries of many devices after a server outage.
        replication.retryTime = Math.round(doubled / 2 + (doubled / 2) * Math.random());
      }
      options.onRequest?.({ ok: false, error });
      if (error instanceof ApiError && error.code === "unauthorized") options.onUnauthorized();
      throw error;
    }
  }

  const pullBatchSize = options.pullBatchSize ?? 1000;
  const pull = (checkpoint: SyncCheckpoint | null, limit: number) =>
    request(() => client.pull(checkpoint, limit));
  // A collection's first pull (checkpoint `null`) stores pages directly (first-pull.ts, ADR 0007).
  const firstPull = createFirstPull(options.collection, () => replication, pull);
  const pokePull = createPokePull({
    triggers$: options.pullTriggers$,
    pull,
    limit: pullBatchSize,
    isRunning: () => replication !== undefined && !replication.isStoppedOrPaused(),
  });

  replication = replicateRxCollection<CollectionDoc<Name>, SyncCheckpoint>({
    replicationIdentifier: replicationIdentifier(options.userId, options.name),
    collection: options.collection,
    live: true,
    retryTime: baseRetryMs,
    waitForLeadership: options.waitForLeadership ?? true,
    // The leader keeps replicating while hidden: other tabs rely on it.
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: pullBatchSize,
      stream$: pokePull.stream$,
      handler: (checkpoint, limit) =>
        (checkpoint == null ? firstPull(limit) : pull(checkpoint, limit)).then(pokePull.handOver),
    },
    push: {
      batchSize: options.pushBatchSize ?? syncLimits.maxPushRows,
      handler: async (rows) => {
        const conflicts: CollectionDoc<Name>[] = [];
        const bodies = pushBatches(
          rows.map((row) => ({
            assumedMasterState: row.assumedMasterState ?? null,
            newDocumentState: row.newDocumentState,
          })),
        );
        for (const body of bodies)
          conflicts.push(...(await pushLane(() => request(() => client.push(body)))));
        return conflicts;
      },
    },
  });
  return replication;
}

/** The header that names the pushing device (DESIGN §3: the relay skips the origin device). */
export const deviceIdHeader = "x-device-id";

/**
 * A sync request that gets no answer within this time is abandoned and retried like any network
 * failure (a push is idempotent). Without it one hung request would hold every later push of
 * this device, since pushes go one at a time.
 */
export const syncRequestTimeoutMs = 30_000;

/**
 * `fetch` for sync requests: adds `x-device-id` (when there is an id) and gives up after
 * `timeoutMs` unless the caller passes its own signal.
 */
export function withDeviceId(
  fetchFn: Fetch,
  deviceId: string | undefined,
  timeoutMs = syncRequestTimeoutMs,
): Fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (deviceId !== undefined) headers.set(deviceIdHeader, deviceId);
    return fetchFn(input, { ...init, headers, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
  };
}
