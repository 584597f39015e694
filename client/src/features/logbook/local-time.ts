/**
 * Between a musician's wall clock (a local date and `HH:MM` in their IANA zone) and an instant.
 * The form shows and edits wall-clock time in the zone the entry was recorded in; the entry keeps
 * the instant. Missing from the domain package, so it lives here (pure, tested).
 */
import { getLocalDate, getLocalDateTime, getZoneOffsetMs } from "@mirubato/domain";

/**
 * The instant (epoch ms) of a wall-clock time in a zone. A time skipped by a spring-forward change
 * (02:30 in Berlin on the last Sunday of March) lands just after the gap (03:30); a time that occurs
 * twice in the autumn takes its first occurrence.
 *
 * @example
 * toInstantMs("2026-03-01", "18:30", "America/New_York"); // Date.parse("2026-03-01T23:30:00Z")
 */
export function toInstantMs(localDate: string, timeOfDay: string, timeZone: string): number {
  const wallMs = Date.UTC(
    Number(localDate.slice(0, 4)),
    Number(localDate.slice(5, 7)) - 1,
    Number(localDate.slice(8, 10)),
    Number(timeOfDay.slice(0, 2)),
    Number(timeOfDay.slice(3, 5)),
  );
  const earlierOffsetMs = getZoneOffsetMs(wallMs - 86_400_000, timeZone);
  const firstGuessMs = wallMs - earlierOffsetMs;
  if (getZoneOffsetMs(firstGuessMs, timeZone) === earlierOffsetMs) return firstGuessMs;
  return wallMs - getZoneOffsetMs(wallMs - getZoneOffsetMs(wallMs, timeZone), timeZone);
}

/**
 * The wall-clock `HH:MM` of an instant in a zone.
 *
 * @example
 * getTimeOfDay(Date.parse("2026-03-01T23:30:00Z"), "America/New_York"); // "18:30"
 */
export function getTimeOfDay(instantMs: number, timeZone: string): string {
  const { hour, minute } = getLocalDateTime(instantMs, timeZone);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/**
 * The musician's local date and wall-clock time of an instant, as the form shows them.
 *
 * @example
 * getLocalDateAndTime(Date.parse("2026-03-02T04:30:00Z"), "America/New_York"); // { localDate: "2026-03-01", timeOfDay: "23:30" }
 */
export function getLocalDateAndTime(
  instantMs: number,
  timeZone: string,
): { localDate: string; timeOfDay: string } {
  return { localDate: getLocalDate(instantMs, timeZone), timeOfDay: getTimeOfDay(instantMs, timeZone) };
}
