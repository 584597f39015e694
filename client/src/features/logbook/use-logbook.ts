import { addDays, createEntryFilter, groupEntriesByDay, indexLiveDocuments } from "@mirubato/domain";
import { useDeferredValue, useMemo, useState } from "react";
import { useLocale } from "../../i18n/i18n-context";
import {
  collectFilterChoices,
  emptyLogbookFilter,
  type LogbookFilterValues,
  toFilterCriteria,
} from "./filter-options";
import { toLogbookRows } from "./logbook-rows";
import { useEntries, useEntriesSince, usePieces } from "./use-practice-data";
import { useToday } from "./use-today";

/** The recent days shown while all entries load: whole days, so their totals are already right. */
const firstPageDays = 14;

/**
 * The logbook's data: live entries and pieces, the filter bar's state, and the filtered entries as
 * day-grouped rows. Filtering runs on a deferred copy of the filters so typing stays responsive
 * over 10,000 entries. The newest entries are shown first, while all of them load.
 */
export function useLogbook() {
  const locale = useLocale();
  const { today } = useToday();
  // The small query subscribes first, so IndexedDB answers it before the long read of every entry.
  const recent = useEntriesSince(addDays(today, -(firstPageDays - 1)));
  const all = useEntries();
  const isComplete = !all.isLoading;
  const entries = isComplete ? all.entries : recent.entries;
  const isLoading = all.isLoading && recent.isLoading;
  const { pieces } = usePieces();
  const [filters, setFilters] = useState<LogbookFilterValues>(emptyLogbookFilter);
  const deferredFilters = useDeferredValue(filters);
  const piecesById = useMemo(() => indexLiveDocuments(pieces), [pieces]);
  const choices = useMemo(() => collectFilterChoices(entries, pieces, locale), [entries, pieces, locale]);
  const rows = useMemo(() => {
    const matches = entries.filter(createEntryFilter(toFilterCriteria(deferredFilters), pieces));
    return toLogbookRows(groupEntriesByDay(matches, today));
  }, [entries, pieces, deferredFilters, today]);
  return {
    rows,
    isLoading: isLoading || (!isComplete && entries.length === 0),
    hasEntries: entries.length > 0,
    pieces,
    piecesById,
    choices,
    filters,
    setFilters,
  };
}
