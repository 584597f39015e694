import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import {
  createPullResponseSchema,
  createPushResponseSchema,
  type PullResponse,
  type SyncCheckpoint,
  syncLimits,
} from "@mirubato/sync-protocol";
import { ApiError, type Fetch, postJson } from "./api-error";

export interface PushRowBody<Doc> {
  readonly assumedMasterState: Doc | null;
  readonly newDocumentState: Doc;
}

/** Typed calls to `/api/sync/{collection}/pull|push` for one collection; responses are parsed. */
export interface SyncClient<Name extends CollectionName> {
  pull(checkpoint: SyncCheckpoint | null, limit: number): Promise<PullResponse<Name>>;
  /** Returns the server state of each row that was not applied as sent. */
  push(rows: readonly PushRowBody<CollectionDoc<Name>>[]): Promise<CollectionDoc<Name>[]>;
}

/**
 * Creates the sync client of one collection. A response that does not match the protocol throws
 * `ApiError("invalid_response")`, so replication retries instead of storing anything from it.
 *
 * @example
 * const pieces = createSyncClient("pieces", fetch);
 * const { documents, checkpoint } = await pieces.pull(null, 500);
 */
export function createSyncClient<Name extends CollectionName>(
  collection: Name,
  fetchFn: Fetch,
): SyncClient<Name> {
  const pullResponseSchema = createPullResponseSchema(collection);
  const pushResponseSchema = createPushResponseSchema(collection);
  const base = `/api/sync/${collection}`;
  return {
    async pull(checkpoint, limit) {
      const body = await postJson(fetchFn, `${base}/pull`, { checkpoint, limit });
      const parsed = pullResponseSchema.safeParse(body);
      if (!parsed.success)
        throw new ApiError("invalid_response", `pull ${collection}: ${parsed.error.message}`);
      return parsed.data;
    },
    async push(rows) {
      const conflicts: CollectionDoc<Name>[] = [];
      // RxDB's batch size keeps rows under the limit already; the loop guards the contract anyway.
      for (let start = 0; start < rows.length; start += syncLimits.maxPushRows) {
        const batch = rows.slice(start, start + syncLimits.maxPushRows);
        const body = await postJson(fetchFn, `${base}/push`, { rows: batch });
        const parsed = pushResponseSchema.safeParse(body);
        if (!parsed.success)
          throw new ApiError("invalid_response", `push ${collection}: ${parsed.error.message}`);
        conflicts.push(...parsed.data.conflicts);
      }
      return conflicts;
    },
  };
}
