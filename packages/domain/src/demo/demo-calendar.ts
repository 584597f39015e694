/**
 * Local wall time in an IANA zone turned into an instant, for demo sessions. Zone rules and date
 * arithmetic come from `practice/time` (Intl only); days are the musician's own (DESIGN §7).
 */
import { getZoneOffsetMs } from "../practice/time/local-date";
import { toEpochDay } from "../practice/time/local-date-math";

export { addDays, getDayOfWeek as dayOfWeek } from "../practice/time/local-date-math";

const DAY_MS = 86_400_000;

/**
 * The zone's offset on a local date, taken at local noon: demo sessions start after 07:00, well
 * clear of the small hours when clocks change.
 *
 * @example
 * localOffsetMs("2026-07-01", "Europe/Berlin"); // 7_200_000
 */
export function localOffsetMs(date: string, timeZone: string): number {
  const noonAsUtc = toEpochDay(date) * DAY_MS + 12 * 3_600_000;
  return getZoneOffsetMs(noonAsUtc - getZoneOffsetMs(noonAsUtc, timeZone), timeZone);
}

/** The instant of a local wall-clock time, given the day's offset from `localOffsetMs`. */
export function localTimeToInstantMs(date: string, minuteOfDay: number, offsetMs: number): number {
  return toEpochDay(date) * DAY_MS + minuteOfDay * 60_000 - offsetMs;
}
