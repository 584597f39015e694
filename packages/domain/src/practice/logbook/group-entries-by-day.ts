import type { PracticeEntryDoc } from "@mirubato/schema";
import { addDays } from "../time/local-date-math";

/** One day of the logbook: its entries newest first and the day's total. */
export interface LogbookDay {
  localDate: string;
  totalSec: number;
  entries: PracticeEntryDoc[];
  /** Set for the musician's today and yesterday, so the list can say so in their language. */
  relativeDay?: "today" | "yesterday";
}

/**
 * Groups live entries by their own local date (the musician's day when they practised, whatever
 * zone they are in now), newest day first, entries newest first within a day. `today` is the
 * musician's current local date (`getLocalDate(Date.now(), timeZone)`).
 *
 * @example
 * groupEntriesByDay(entries, "2026-03-02")[0]?.relativeDay; // "today" if anything was logged today
 */
export function groupEntriesByDay(entries: readonly PracticeEntryDoc[], today: string): LogbookDay[] {
  const byDate = new Map<string, LogbookDay>();
  for (const entry of entries) {
    if (entry._deleted) continue;
    let day = byDate.get(entry.localDate);
    if (day === undefined) {
      day = { localDate: entry.localDate, totalSec: 0, entries: [] };
      byDate.set(entry.localDate, day);
    }
    day.totalSec += entry.durationSec;
    day.entries.push(entry);
  }
  const yesterday = addDays(today, -1);
  const days = [...byDate.values()].sort((a, b) => compareDescending(a.localDate, b.localDate));
  for (const day of days) {
    day.entries.sort((a, b) => compareDescending(a.startedAt, b.startedAt) || compareDescending(a.id, b.id));
    if (day.localDate === today) day.relativeDay = "today";
    else if (day.localDate === yesterday) day.relativeDay = "yesterday";
  }
  return days;
}

function compareDescending(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? 1 : -1;
}
