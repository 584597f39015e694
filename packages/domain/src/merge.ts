/**
 * Field-level last-writer-wins merge of two replicas of one document. Each stamped field (content
 * fields and `_deleted`) is taken, value and stamp together, from the side whose `clocks[field]` is
 * greater; a side with no stamp for the field loses. A field absent from the winning side is absent
 * from the result (clearing an optional field is a stamped write too). The result is the
 * per-field maximum, a join semilattice, so the merge is commutative, associative and idempotent,
 * and replicas converge whatever order they exchange states in.
 *
 * Deletes are not special: `_deleted` is a field with its own stamp, and every edit re-stamps
 * `_deleted: false` (see `stampChange`). So an edit made after a delete — by clock, typically on a
 * device that had not seen it — resurrects the document with that edit, and a delete made after an
 * edit wins. We chose this over "delete always wins" because a musician who edits a practice entry
 * meant to keep it, and a lost edit is worse than a document reappearing. Edits that lose to a later
 * delete are still merged into the tombstone's fields, so nothing is discarded.
 *
 * Equal stamps carry equal values unless a client is broken; even then the greater canonical JSON
 * value wins (a present value beats an absent one), so the merge stays deterministic.
 */

import { canonicalJson } from "./canonical-json";
import { earlierString, laterString } from "./string-order";
import { type SyncedDocument, unstampedFields } from "./synced-document";

type Side = { readonly hasValue: boolean; readonly value: unknown; readonly stamp: string | undefined };

function sideOf(
  fields: ReadonlyMap<string, unknown>,
  clocks: Readonly<Record<string, string>>,
  field: string,
) {
  const value = fields.get(field);
  const stamp = Object.hasOwn(clocks, field) ? clocks[field] : undefined;
  return { hasValue: value !== undefined, value, stamp } satisfies Side;
}

/** Positive when `a` wins. Missing stamps lose; ties fall back to the values. */
function compareSides(a: Side, b: Side): number {
  if (a.stamp !== b.stamp) {
    if (a.stamp === undefined) return -1;
    if (b.stamp === undefined) return 1;
    return a.stamp > b.stamp ? 1 : -1;
  }
  if (a.hasValue !== b.hasValue) return a.hasValue ? 1 : -1;
  const aJson = canonicalJson(a.value);
  const bJson = canonicalJson(b.value);
  if (aJson === bJson) return 0;
  return aJson > bJson ? 1 : -1;
}

/**
 * Merges two replicas of the same document (same `id`).
 *
 * @example
 * const merged = mergeDocuments(localPiece, serverPiece);
 * // title from whichever side stamped it last, notes likewise, independently
 */
export function mergeDocuments<Doc extends SyncedDocument>(a: Doc, b: Doc): Doc {
  if (a.id !== b.id) throw new Error(`cannot merge different documents: ${a.id} and ${b.id}`);
  const aFields = new Map<string, unknown>(Object.entries(a));
  const bFields = new Map<string, unknown>(Object.entries(b));
  const names = new Set([
    ...aFields.keys(),
    ...bFields.keys(),
    ...Object.keys(a.clocks),
    ...Object.keys(b.clocks),
  ]);
  const merged: Record<string, unknown> = {
    id: a.id,
    createdAt: earlierString(a.createdAt, b.createdAt),
    updatedAt: laterString(a.updatedAt, b.updatedAt),
  };
  const clocks: Record<string, string> = {};
  for (const name of [...names].sort()) {
    if (unstampedFields.has(name)) continue;
    const aSide = sideOf(aFields, a.clocks, name);
    const bSide = sideOf(bFields, b.clocks, name);
    const winner = compareSides(aSide, bSide) >= 0 ? aSide : bSide;
    if (winner.hasValue) merged[name] = winner.value;
    if (winner.stamp !== undefined) clocks[name] = winner.stamp;
  }
  merged.clocks = clocks;
  // The result has exactly Doc's fields, each taken from an `a` or `b` that is a Doc.
  return merged as Doc;
}
