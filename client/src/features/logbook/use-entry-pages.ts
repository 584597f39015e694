import { useEffect, useState, useSyncExternalStore } from "react";
import { useDatabase } from "../../db/database-context";
import { collectionOf } from "../../db/database-types";
import { createEntryPages, type EntryPages, type EntryPagesSnapshot } from "./entry-pages";

const opening: EntryPagesSnapshot = { entries: [], isLoading: true, isLoadingMore: false, hasMore: false };
const noStore = { subscribe: () => () => {}, getSnapshot: () => opening };

/**
 * The logbook's entries as live pages (see `entry-pages.ts`), newest first, within an optional
 * date range; `loadMore` reads the next older page. A new range starts again from the newest page.
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
  return { ...snapshot, loadMore: store?.loadMore ?? noLoad };
}

async function noLoad(): Promise<void> {}
