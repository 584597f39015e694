import type { PracticeEntryDoc } from "@mirubato/schema";

/** An inclusive range of local dates; either end may be open. */
export interface DateRangeFilter {
  fromDate?: string;
  toDate?: string;
}

/**
 * Whether a live entry's local date falls in the range. Local dates compare as strings, so this
 * costs no date parsing in the reports' single pass.
 *
 * @example
 * entries.filter((entry) => isEntryInRange(entry, { fromDate: "2026-03-01" }));
 */
export function isEntryInRange(entry: PracticeEntryDoc, range: DateRangeFilter): boolean {
  if (entry._deleted) return false;
  if (range.fromDate !== undefined && entry.localDate < range.fromDate) return false;
  return range.toDate === undefined || entry.localDate <= range.toDate;
}
