/**
 * The logbook reads its entries in pages, newest first, instead of all at once: reading 10,000
 * entries from IndexedDB takes seconds, a page of a few hundred a few milliseconds.
 *
 * A page is a range of whole local dates, so every day in it carries its full total. To cut the
 * next page, a window of days below the previous page is widened until the
 * `[localDate, startedAt]` index counts at least `pageSize` entries in it (counting reads no
 * document); the page is then every entry in that window, as a live RxDB query. Each page stays live, so
 * edits, deletes, other tabs and sync show wherever they fall, and an entry moved to another day
 * moves between pages. A date range from the filters bounds the pages themselves.
 */
import { addDays } from "@mirubato/domain";
import type { PracticeEntryDoc } from "@mirubato/schema";
import type { MangoQuerySelector, RxCollection } from "rxdb";
import type { Subscription } from "rxjs";

export interface EntryPagesSnapshot {
  /** Loaded entries, newest day first; only whole days. */
  readonly entries: readonly PracticeEntryDoc[];
  /** True until the first page has been read. */
  readonly isLoading: boolean;
  readonly isLoadingMore: boolean;
  /** Whether older entries may remain to be loaded. */
  readonly hasMore: boolean;
}

export interface EntryPages {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => EntryPagesSnapshot;
  /** Loads the next older page; does nothing while one loads or when none is left. */
  readonly loadMore: () => Promise<void>;
  readonly dispose: () => void;
}

export interface EntryPagesOptions {
  /** About how many entries a page holds (more when its last day has several). */
  readonly pageSize: number;
  /** The musician's today: the first page's window ends here (later entries are included too). */
  readonly anchorDate: string;
  /** Inclusive local dates bounding every page. */
  readonly fromDate?: string | undefined;
  readonly toDate?: string | undefined;
}

interface Page {
  entries: readonly PracticeEntryDoc[];
  isLoaded: boolean;
  subscription?: Subscription;
}

type EntryCollection = RxCollection<PracticeEntryDoc>;
type DateSelector = { $gte?: string; $lt?: string };

const newestFirst = [{ localDate: "desc" as const }, { startedAt: "desc" as const }];
// RxDB reads an index only in ascending order: a descending sort reads the whole range first.
const oldestFirst = [{ localDate: "asc" as const }, { startedAt: "asc" as const }];
/** The first page's window: two weeks, doubled while it holds too few entries. */
const firstWindowDays = 14;

function dateSelector(range: DateSelector): MangoQuerySelector<PracticeEntryDoc> {
  return Object.keys(range).length === 0 ? {} : { localDate: range };
}

/**
 * Opens the first page at once and returns the pages as an external store for
 * `useSyncExternalStore`.
 *
 * @example
 * const pages = createEntryPages(database.practice_entries, { pageSize: 200, anchorDate: today });
 * pages.subscribe(() => render(pages.getSnapshot().entries));
 * await pages.loadMore(); // when the list nears its end
 */
export function createEntryPages(collection: EntryCollection, options: EntryPagesOptions): EntryPages {
  const pages: Page[] = [];
  const listeners = new Set<() => void>();
  // The exclusive upper date of the next page; undefined: no upper bound (future-dated entries too).
  let nextBefore = options.toDate === undefined ? undefined : addDays(options.toDate, 1);
  let hasMore = true;
  let isLoadingMore = false;
  let isDisposed = false;
  let snapshot: EntryPagesSnapshot = { entries: [], isLoading: true, isLoadingMore: false, hasMore: true };

  const emit = () => {
    const isLoading = pages.length === 0 || pages.some((page) => !page.isLoaded);
    snapshot = {
      entries: pages.length === 1 ? (pages[0]?.entries ?? []) : pages.flatMap((page) => page.entries),
      isLoading: pages.length === 0 || !pages[0]?.isLoaded,
      isLoadingMore: isLoadingMore || (pages.length > 1 && isLoading),
      hasMore,
    };
    for (const listener of listeners) listener();
  };

  let oldestDate: Promise<string | undefined> | undefined;
  /** The oldest local date with an entry (within the range), read once through the index. */
  const findOldestDate = () => {
    oldestDate ??= collection
      .find({
        selector: dateSelector(options.fromDate === undefined ? {} : { $gte: options.fromDate }),
        sort: oldestFirst,
        limit: 1,
      })
      .exec()
      .then(([oldest]) => oldest?.localDate);
    return oldestDate;
  };

  /**
   * The oldest date of the next page: a window of days below `before`, doubled until it holds at
   * least `pageSize` entries (index counts, no document read) or reaches the oldest entry, in
   * which case the page takes everything left and no more pages follow.
   */
  const findPageStart = async (before: string | undefined): Promise<string | undefined> => {
    const oldest = await findOldestDate();
    const top = before ?? addDays(options.anchorDate, 1);
    for (let windowDays = firstWindowDays; ; windowDays *= 2) {
      const from = addDays(top, -windowDays);
      if (oldest === undefined || from <= oldest) {
        hasMore = false;
        return options.fromDate;
      }
      const range: DateSelector = before === undefined ? { $gte: from } : { $gte: from, $lt: before };
      const count = await collection.count({ selector: dateSelector(range) }).exec();
      if (count >= options.pageSize) return from;
    }
  };

  const loadMore = async () => {
    if (isDisposed || isLoadingMore || !hasMore) return;
    isLoadingMore = true;
    emit();
    const before = nextBefore;
    const from = await findPageStart(before);
    isLoadingMore = false;
    if (isDisposed) return;
    const range: DateSelector = {};
    if (from !== undefined) range.$gte = from;
    if (before !== undefined) range.$lt = before;
    const page: Page = { entries: [], isLoaded: false };
    pages.push(page);
    page.subscription = collection
      .find({ selector: dateSelector(range), sort: newestFirst })
      .$.subscribe((documents) => {
        // Read-only JSON straight from RxDB: the logbook never mutates it.
        page.entries = documents.map((document) => document.toJSON() as PracticeEntryDoc);
        page.isLoaded = true;
        emit();
      });
    if (from === undefined) hasMore = false;
    else nextBefore = from;
    emit();
  };

  void loadMore();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    loadMore,
    dispose() {
      isDisposed = true;
      for (const page of pages) page.subscription?.unsubscribe();
      pages.length = 0;
      listeners.clear();
    },
  };
}
