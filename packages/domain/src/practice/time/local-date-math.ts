/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`). A local date is a day on the musician's own
 * calendar, so it is handled as a day number, never as an instant: no zone, no DST, no midnight UTC.
 * Day numbers count from 1970-01-01 (day 0), which was a Thursday.
 */

const msPerDay = 86_400_000;
const epochDayCache = new Map<string, number>();

/**
 * The day number of a local date (days since 1970-01-01). Cached: reports call it once per entry.
 *
 * @example
 * toEpochDay("1970-01-02"); // 1
 */
export function toEpochDay(localDate: string): number {
  const cached = epochDayCache.get(localDate);
  if (cached !== undefined) return cached;
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  const day = Number(localDate.slice(8, 10));
  const epochDay = Math.round(Date.UTC(year, month - 1, day) / msPerDay);
  if (Number.isNaN(epochDay)) throw new RangeError(`not a local date: ${localDate}`);
  if (epochDayCache.size > 50_000) epochDayCache.clear();
  epochDayCache.set(localDate, epochDay);
  return epochDay;
}

/**
 * The local date of a day number.
 *
 * @example
 * fromEpochDay(0); // "1970-01-01"
 */
export function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * msPerDay).toISOString().slice(0, 10);
}

/**
 * The local date `days` days after (or before, if negative) another.
 *
 * @example
 * addDays("2024-02-28", 2); // "2024-03-01"
 */
export function addDays(localDate: string, days: number): string {
  return fromEpochDay(toEpochDay(localDate) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier). DST never enters: a day is a day.
 *
 * @example
 * countDaysBetween("2026-03-28", "2026-03-30"); // 2
 */
export function countDaysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * The day of the week of a local date: 0 = Sunday … 6 = Saturday (as `settings.weekStartDay`).
 *
 * @example
 * getDayOfWeek("2026-03-01"); // 0 (a Sunday)
 */
export function getDayOfWeek(localDate: string): number {
  return (((toEpochDay(localDate) + 4) % 7) + 7) % 7;
}

/**
 * Every local date from `from` to `to`, both included; empty when `to` is before `from`.
 *
 * @example
 * listLocalDates("2026-02-27", "2026-03-01"); // ["2026-02-27", "2026-02-28", "2026-03-01"]
 */
export function listLocalDates(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = toEpochDay(from); day <= toEpochDay(to); day++) dates.push(fromEpochDay(day));
  return dates;
}
