import { isJsonEqual, mergeDocuments, type SyncedDocument } from "@mirubato/domain";

export interface PushRowInput<Doc extends SyncedDocument> {
  readonly assumedMasterState: Doc | null;
  readonly newDocumentState: Doc;
}

export interface PushResolution<Doc extends SyncedDocument> {
  /** The state to store. */
  readonly next: Doc;
  /** The state to report back when it differs from what the client sent, else `null`. */
  readonly conflict: Doc | null;
  /** Whether `next` differs from the stored state, i.e. whether to write and assign a new seq. */
  readonly changed: boolean;
}

/**
 * The server's rule for one pushed row. It always merges (field-level LWW, see `mergeDocuments`)
 * instead of rejecting on a stale `assumedMasterState`: the merge is commutative and idempotent,
 * so applying a late, reordered or replayed row can only move the server forward, and a replay
 * changes nothing. When the merged state differs from what the client sent, it is reported as a
 * conflict; RxDB then adopts it (its conflict handler merges the same way) and pushes anything
 * still missing.
 *
 * @example
 * const { next, conflict, changed } = resolvePush(stored, row);
 * if (changed) await store.write(next); // assigns the next seq
 * if (conflict) conflicts.push(conflict);
 */
export function resolvePush<Doc extends SyncedDocument>(
  current: Doc | null,
  row: PushRowInput<Doc>,
): PushResolution<Doc> {
  const sent = row.newDocumentState;
  if (current === null) return { next: sent, conflict: null, changed: true };
  const next = mergeDocuments(current, sent);
  return {
    next,
    conflict: isJsonEqual(next, sent) ? null : next,
    changed: !isJsonEqual(next, current),
  };
}

/**
 * Resolves a whole batch against the stored states, as one transaction would see them: a row sees
 * the result of earlier rows for the same id. Returns the documents to write (one per changed id,
 * in first-change order) and the conflicts to answer with (one per conflicting row).
 *
 * @example
 * const { writes, conflicts } = resolvePushBatch(request.rows, (id) => storedById.get(id) ?? null);
 */
export function resolvePushBatch<Doc extends SyncedDocument>(
  rows: readonly PushRowInput<Doc>[],
  lookup: (id: string) => Doc | null,
): { writes: Doc[]; conflicts: Doc[] } {
  const working = new Map<string, Doc | null>();
  const changedIds = new Set<string>();
  const conflicts: Doc[] = [];
  for (const row of rows) {
    const id = row.newDocumentState.id;
    const current = working.has(id) ? (working.get(id) ?? null) : lookup(id);
    const { next, conflict, changed } = resolvePush(current, row);
    working.set(id, next);
    if (changed) changedIds.add(id);
    if (conflict !== null) conflicts.push(conflict);
  }
  const writes: Doc[] = [];
  for (const id of changedIds) {
    const doc = working.get(id);
    if (doc !== undefined && doc !== null) writes.push(doc);
  }
  return { writes, conflicts };
}
