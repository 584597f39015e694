import type { LogbookDay } from "@mirubato/domain";
import type { PracticeEntryDoc } from "@mirubato/schema";

/** One row of the virtualised logbook: an entry, and its day's heading when it opens the day. */
export interface LogbookRow {
  readonly entry: PracticeEntryDoc;
  readonly day?: LogbookDay;
}

/**
 * Flattens day groups into rows, so the list virtualises entries (each a list item) and the day
 * heading with its total rides on the day's first entry.
 *
 * @example
 * toLogbookRows(groupEntriesByDay(entries, today))[0]?.day?.relativeDay; // "today"
 */
export function toLogbookRows(days: readonly LogbookDay[]): LogbookRow[] {
  const rows: LogbookRow[] = [];
  for (const day of days) {
    day.entries.forEach((entry, index) => {
      rows.push(index === 0 ? { entry, day } : { entry });
    });
  }
  return rows;
}
