/**
 * Where a musician's day begins and ends as instants. Days are not 24 hours: a spring-forward day
 * is 23 h (23.5 h on Lord Howe), a fall-back day 25 h, and in a few zones (America/Santiago,
 * America/Havana) midnight itself is skipped, so the day starts at 01:00.
 */

import { getLocalDate, getZoneOffsetMs } from "./local-date";
import { addDays, toEpochDay } from "./local-date-math";

const msPerDay = 86_400_000;

/**
 * The first instant (epoch ms) whose local date in `timeZone` is `localDate`.
 *
 * @example
 * getLocalDayStartMs("2026-03-29", "Europe/Berlin"); // Date.parse("2026-03-28T23:00:00Z")
 */
export function getLocalDayStartMs(localDate: string, timeZone: string): number {
  const wallMidnightMs = toEpochDay(localDate) * msPerDay;
  const offsets = new Set(
    [-msPerDay, 0, msPerDay].map((shiftMs) => getZoneOffsetMs(wallMidnightMs + shiftMs, timeZone)),
  );
  let startMs = Number.POSITIVE_INFINITY;
  for (const offsetMs of offsets) {
    const candidateMs = wallMidnightMs - offsetMs;
    if (getZoneOffsetMs(candidateMs, timeZone) === offsetMs) startMs = Math.min(startMs, candidateMs);
  }
  if (Number.isFinite(startMs)) return startMs;
  return findTransitionMs(wallMidnightMs, timeZone);
}

/**
 * Midnight fell into a DST gap: the day starts at the transition, the first instant whose local
 * date is already the new day. Transitions fall on whole seconds, so a binary search on seconds finds it.
 */
function findTransitionMs(wallMidnightMs: number, timeZone: string): number {
  const targetDate = getLocalDate(wallMidnightMs, "UTC");
  let lowSec = Math.floor((wallMidnightMs - msPerDay) / 1000);
  let highSec = Math.ceil((wallMidnightMs + msPerDay) / 1000);
  while (highSec - lowSec > 1) {
    const midSec = Math.floor((lowSec + highSec) / 2);
    if (getLocalDate(midSec * 1000, timeZone) < targetDate) lowSec = midSec;
    else highSec = midSec;
  }
  return highSec * 1000;
}

/**
 * The instant the local day ends (exclusive): the start of the next local day.
 *
 * @example
 * getLocalDayEndMs("2026-03-29", "Europe/Berlin") - getLocalDayStartMs("2026-03-29", "Europe/Berlin"); // 82_800_000 (23 h)
 */
export function getLocalDayEndMs(localDate: string, timeZone: string): number {
  return getLocalDayStartMs(addDays(localDate, 1), timeZone);
}

/**
 * How long a local day lasts, in seconds: 86,400 on most days, 82,800 or 90,000 across DST.
 *
 * @example
 * getLocalDayLengthSec("2026-10-25", "Europe/Berlin"); // 90_000
 */
export function getLocalDayLengthSec(localDate: string, timeZone: string): number {
  return (getLocalDayEndMs(localDate, timeZone) - getLocalDayStartMs(localDate, timeZone)) / 1000;
}
