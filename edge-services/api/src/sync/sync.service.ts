import type { CollectionName } from "@mirubato/schema";
import {
  type PullRequest,
  type PushRow,
  resolvePushBatch,
  type SyncCheckpoint,
} from "@mirubato/sync-protocol";
import { AppError } from "@mirubato/worker-kit";
import type { ApiDeps } from "../deps";
import type { SyncedDoc } from "./sync.store";

/**
 * Sync rules over the store (DESIGN §3): pulls page by server seq; pushes merge every row with the
 * stored state (`resolvePushBatch`), commit all changes atomically with fresh seqs, and poke the
 * relay afterwards without delaying the response. Nothing here reads a client clock.
 */
export type SyncDeps = Pick<ApiDeps, "sync" | "relay" | "waitUntil" | "now">;

/** Read-merge-write attempts before a push gives up under contention (each retry re-reads). */
export const MAX_PUSH_ATTEMPTS = 5;

/**
 * One pull page as the JSON text of `{ documents, checkpoint }` (DESIGN §3), assembled from the
 * stored documents' JSON without parsing them.
 */
export async function pullChanges(
  deps: Pick<SyncDeps, "sync">,
  userId: string,
  collection: CollectionName,
  request: PullRequest,
): Promise<string> {
  const afterSeq = request.checkpoint?.seq ?? 0;
  const page = await deps.sync.pull(userId, collection, afterSeq, request.limit);
  const checkpoint: SyncCheckpoint = { seq: page.at(-1)?.seq ?? afterSeq };
  return `{"documents":[${page.map((change) => change.json).join(",")}],"checkpoint":${JSON.stringify(checkpoint)}}`;
}

export interface PushInput {
  userId: string;
  collection: CollectionName;
  rows: readonly PushRow<CollectionName>[];
  /** The pushing device, so the relay's poke skips it. */
  originDeviceId?: string | undefined;
  /**
   * Settles once the session is confirmed (`requireSessionAlongside`): the first read runs
   * meanwhile, nothing is written before it resolves, and its rejection is the answer.
   */
  sessionConfirmed?: Promise<void>;
}

export interface PushOutcome {
  conflicts: SyncedDoc[];
  /** How many documents changed (0 for a replay). */
  changed: number;
  checkpoint: SyncCheckpoint;
}

export async function pushChanges(deps: SyncDeps, input: PushInput): Promise<PushOutcome> {
  const { userId, collection, rows } = input;
  const ids = [...new Set(rows.map((row) => row.newDocumentState.id))];
  for (let attempt = 1; attempt <= MAX_PUSH_ATTEMPTS; attempt += 1) {
    const [stored] = await Promise.all([
      deps.sync.readForPush(userId, collection, ids),
      input.sessionConfirmed,
    ]);
    const { writes, conflicts } = resolvePushBatch(rows, (id) => stored.documents.get(id) ?? null);
    if (writes.length === 0) return { conflicts, changed: 0, checkpoint: { seq: stored.seq } };
    if (await deps.sync.commit(userId, collection, stored.seq, writes, deps.now())) {
      const checkpoint = { seq: stored.seq + writes.length };
      deps.waitUntil(deps.relay.poke(userId, collection, checkpoint, input.originDeviceId));
      return { conflicts, changed: writes.length, checkpoint };
    }
    // Another push for this user committed between our read and our write: nothing of ours was
    // written, so re-reading and merging again is safe. The winner has already committed, so
    // an immediate retry normally succeeds.
  }
  throw new AppError("conflict", "Too many simultaneous changes to this account; try again");
}
