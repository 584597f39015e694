import { createEntryFilter, groupEntriesByDay, indexLiveDocuments } from "@mirubato/domain";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { useQuery } from "../../db/use-query";
import { useLocale } from "../../i18n/i18n-context";
import {
  collectFilterChoices,
  emptyLogbookFilter,
  type LogbookFilterValues,
  toFilterCriteria,
} from "./filter-options";
import { toLogbookRows } from "./logbook-rows";
import { useEntryPages } from "./use-entry-pages";
import { usePieces } from "./use-practice-data";
import { useToday } from "./use-today";

/** Entries per page: a few screens of the list, read in a few milliseconds. */
const pageSize = 200;
/** While a search or filter shows fewer rows than this, older pages keep loading by themselves. */
const filledRowCount = 60;

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function toDateBound(value: string): string | undefined {
  return localDatePattern.test(value) ? value : undefined;
}

/**
 * The logbook's data: entries read in pages newest first (10,000 entries open at once), pieces,
 * the filter bar's state, and the matching entries as day-grouped rows. A date range bounds the
 * pages in the date index; the other filters and the search run over the loaded pages, and while
 * they match few rows the older pages load on their own, so a search still reaches every entry.
 * Filtering runs on a deferred copy of the filters so typing stays responsive.
 */
export function useLogbook() {
  const locale = useLocale();
  const { today } = useToday();
  const { pieces } = usePieces();
  const [filters, setFilters] = useState<LogbookFilterValues>(emptyLogbookFilter);
  const deferredFilters = useDeferredValue(filters);
  const fromDate = toDateBound(deferredFilters.fromDate);
  const toDate = toDateBound(deferredFilters.toDate);
  const pages = useEntryPages({
    pageSize,
    anchorDate: today,
    ...(fromDate === undefined ? {} : { fromDate }),
    ...(toDate === undefined ? {} : { toDate }),
  });
  // Whether the logbook holds anything at all, whatever the filters: one entry read by the index.
  const anyEntry = useQuery("practice_entries", (entries) => entries.find({ limit: 1 }));
  const piecesById = useMemo(() => indexLiveDocuments(pieces), [pieces]);
  const choices = useMemo(
    () => collectFilterChoices(pages.entries, pieces, locale),
    [pages.entries, pieces, locale],
  );
  const criteria = useMemo(() => toFilterCriteria(deferredFilters), [deferredFilters]);
  const isNarrowed = Object.keys(criteria).some((key) => key !== "fromDate" && key !== "toDate");
  const rows = useMemo(() => {
    const matches = isNarrowed ? pages.entries.filter(createEntryFilter(criteria, pieces)) : pages.entries;
    return toLogbookRows(groupEntriesByDay(matches, today));
  }, [pages.entries, pieces, criteria, isNarrowed, today]);
  const { hasMore, isLoading, isLoadingMore, loadMore } = pages;
  useEffect(() => {
    if (isNarrowed && hasMore && !isLoading && !isLoadingMore && rows.length < filledRowCount)
      void loadMore();
  }, [isNarrowed, hasMore, isLoading, isLoadingMore, rows.length, loadMore]);
  return {
    rows,
    isLoading: isLoading || anyEntry.isLoading,
    // A first entry just saved is among the pages (pending) before the one-entry query sees it.
    hasEntries: anyEntry.documents.length > 0 || pages.entries.length > 0,
    /** Older entries are being read, or remain to be read as the list scrolls. */
    isLoadingMore: isLoadingMore || (isNarrowed && hasMore),
    hasMore,
    loadMore,
    pieces,
    piecesById,
    choices,
    filters,
    setFilters,
  };
}
