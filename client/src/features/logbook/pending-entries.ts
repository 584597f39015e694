import type { PracticeEntryDoc } from "@mirubato/schema";
import { applyPendingWrites } from "../../db/pending-writes";

export interface PendingEntryBounds {
  /** Inclusive local dates of the filters' range. */
  readonly fromDate?: string | undefined;
  readonly toDate?: string | undefined;
  /** Older pages remain unread: an entry older than the loaded ones is not shown yet. */
  readonly hasMore: boolean;
}

/** The logbook's order: newest day first, newest start first within a day. */
function newestFirst(a: PracticeEntryDoc, b: PracticeEntryDoc): number {
  const [left, right] = [`${b.localDate} ${b.startedAt}`, `${a.localDate} ${a.startedAt}`];
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * The loaded entries with this tab's pending writes (see `db/pending-writes.ts`) applied, so a
 * save, an edit or a delete shows before the live pages have caught up. An entry the pages hold
 * stays as it is once it holds the pending change; until then the pending version replaces it (or
 * removes it: deleted, or moved out of the range). A new entry outside the date range, or older
 * than the pages loaded so far, waits like any other. Returns `entries` itself when nothing changes.
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
  return applyPendingWrites(entries, pending, {
    shows: (entry) =>
      !entry._deleted &&
      (bounds.fromDate === undefined || entry.localDate >= bounds.fromDate) &&
      (bounds.toDate === undefined || entry.localDate <= bounds.toDate) &&
      (oldestLoaded === undefined || entry.localDate >= oldestLoaded),
    compare: newestFirst,
  });
}
