/**
 * RxDB replication of one collection against `/api/sync/{collection}/pull|push` (DESIGN §3):
 * checkpoint pulls in pages, pushes with `assumedMasterState`, conflicts resolved by the
 * collection's merge handler (db/merge-conflict-handler.ts), `pull.stream$` fed by relay pokes.
 *
 * RxDB retries a failed request after a fixed `retryTime`; we make that an exponential back-off
 * by adjusting `retryTime` on each failure and resetting it on success. A 401 stops the retries
 * through `onUnauthorized`, since only signing in again can fix it.
 */
import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import type { SyncCheckpoint } from "@mirubato/sync-protocol";
import type { RxCollection, RxReplicationPullStreamItem } from "rxdb";
import { type RxReplicationState, replicateRxCollection } from "rxdb/plugins/replication";
import type { Observable } from "rxjs";
import { ApiError, type Fetch } from "../api/api-error";
import { createSyncClient } from "../api/sync-client";

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
  readonly pullStream$: Observable<RxReplicationPullStreamItem<CollectionDoc<Name>, SyncCheckpoint>>;
  readonly onUnauthorized: () => void;
  /** Every request's outcome, for the sync status (reachability, last error, last sync time). */
  readonly onRequest?: (outcome: RequestOutcome) => void;
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
  const client = createSyncClient(options.name, options.fetch);
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

  replication = replicateRxCollection<CollectionDoc<Name>, SyncCheckpoint>({
    replicationIdentifier: replicationIdentifier(options.userId, options.name),
    collection: options.collection,
    live: true,
    retryTime: baseRetryMs,
    waitForLeadership: options.waitForLeadership ?? true,
    // The leader keeps replicating while hidden: other tabs rely on it.
    toggleOnDocumentVisible: false,
    pull: {
      batchSize: options.pullBatchSize ?? 1000,
      stream$: options.pullStream$,
      handler: (checkpoint, limit) => request(() => client.pull(checkpoint ?? null, limit)),
    },
    push: {
      batchSize: options.pushBatchSize ?? 100,
      handler: (rows) =>
        request(() =>
          client.push(
            rows.map((row) => ({
              assumedMasterState: row.assumedMasterState ?? null,
              newDocumentState: row.newDocumentState,
            })),
          ),
        ),
    },
  });
  return replication;
}
