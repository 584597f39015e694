import type { PracticeEntryDoc } from "@mirubato/schema";

export interface PendingEntryBounds {
  /** Inclusive local dates of the filters' range. */
  readonly fromDate?: string | undefined;
  readonly toDate?: string | undefined;
  /** Older pages remain unread: an entry older than the loaded ones is not shown yet. */
  readonly hasMore: boolean;
}

/** The logbook's order: newest day first, newest start first within a day. */
function isNewer(a: PracticeEntryDoc, b: PracticeEntryDoc): boolean {
  return a.localDate === b.localDate ? a.startedAt > b.startedAt : a.localDate > b.localDate;
}

/**
 * The loaded entries with this tab's pending new entries (see `db/pending-writes.ts`) in their
 * places, so a save shows before the live query has caught up. An id the query already holds is
 * the query's; an entry outside the date range, or older than the pages loaded so far, waits like
 * any other. Returns `entries` itself when nothing is added.
 *
 * @example
 * withPendingEntries(snapshot.entries, usePendingDocuments("practice_entries"), { hasMore: false });
 */
export function withPendingEntries(
  entries: readonly PracticeEntryDoc[],
  pending: readonly PracticeEntryDoc[],
  bounds: PendingEntryBounds,
): readonly PracticeEntryDoc[] {
  if (pending.length === 0) return entries;
  const oldestLoaded = bounds.hasMore ? entries.at(-1)?.localDate : undefined;
  if (bounds.hasMore && oldestLoaded === undefined) return entries;
  const known = new Set(entries.map((entry) => entry.id));
  const shown = pending.filter(
    (entry) =>
      !entry._deleted &&
      !known.has(entry.id) &&
      (bounds.fromDate === undefined || entry.localDate >= bounds.fromDate) &&
      (bounds.toDate === undefined || entry.localDate <= bounds.toDate) &&
      (oldestLoaded === undefined || entry.localDate >= oldestLoaded),
  );
  if (shown.length === 0) return entries;
  const merged = [...entries];
  for (const entry of shown) {
    const at = merged.findIndex((other) => isNewer(entry, other));
    merged.splice(at === -1 ? merged.length : at, 0, entry);
  }
  return merged;
}
