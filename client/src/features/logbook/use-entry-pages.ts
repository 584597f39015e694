import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useDatabase, usePendingDocuments } from "../../db/database-context";
import { collectionOf } from "../../db/database-types";
import { createEntryPages, type EntryPages, type EntryPagesSnapshot } from "./entry-pages";
import { withPendingEntries } from "./pending-entries";

const opening: EntryPagesSnapshot = { entries: [], isLoading: true, isLoadingMore: false, hasMore: false };
const noStore = { subscribe: () => () => {}, getSnapshot: () => opening };

/**
 * The logbook's entries as live pages (see `entry-pages.ts`), newest first, within an optional
 * date range, with this tab's just-saved entries in place before the pages see them;
 * `loadMore` reads the next older page. A new range starts again from the newest page.
 *
 * @example
 * const { entries, hasMore, loadMore } = useEntryPages({ pageSize: 200, anchorDate: today });
 */
export function useEntryPages(options: {
  pageSize: number;
  anchorDate: string;
  fromDate?: string;
  toDate?: string;
}) {
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  const { pageSize, anchorDate, fromDate, toDate } = options;
  const [store, setStore] = useState<EntryPages | undefined>();
  useEffect(() => {
    if (database === undefined) return;
    const pages = createEntryPages(collectionOf(database, "practice_entries"), {
      pageSize,
      anchorDate,
      fromDate,
      toDate,
    });
    setStore(pages);
    return () => pages.dispose();
  }, [database, pageSize, anchorDate, fromDate, toDate]);
  const current = store ?? noStore;
  const snapshot = useSyncExternalStore(current.subscribe, current.getSnapshot);
  // This tab's new entries show at once, before the live pages have caught up with the write.
  const pending = usePendingDocuments("practice_entries");
  const entries = useMemo(
    () =>
      snapshot.isLoading
        ? snapshot.entries
        : withPendingEntries(snapshot.entries, pending, { fromDate, toDate, hasMore: snapshot.hasMore }),
    [snapshot, pending, fromDate, toDate],
  );
  return { ...snapshot, entries, loadMore: store?.loadMore ?? noLoad };
}

async function noLoad(): Promise<void> {}
