/**
 * When an occurrence is scheduled, as instants: from the plan's start time on that local date in
 * the plan's zone (or the start of the local day) for the plan's total minutes (or to the end of
 * the local day). A start time that does not exist on a spring-forward day moves forward with the
 * clocks (02:30 in Berlin on the last Sunday of March is 03:30 CEST).
 */
import type { PracticePlanContent } from "@mirubato/schema";
import { getZoneOffsetMs } from "../practice/time/local-date";
import { toEpochDay } from "../practice/time/local-date-math";
import { getLocalDayEndMs, getLocalDayStartMs } from "../practice/time/local-day-bounds";

const msPerDay = 86_400_000;
const msPerMinute = 60_000;

/**
 * The instant of a local wall time (`HH:MM`) on a local date in a zone.
 *
 * @example
 * new Date(getLocalTimeMs("2026-07-01", "07:30", "Europe/Berlin")).toISOString(); // "2026-07-01T05:30:00.000Z"
 */
export function getLocalTimeMs(localDate: string, time: string, timeZone: string): number {
  const wallMs =
    toEpochDay(localDate) * msPerDay +
    (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * msPerMinute;
  const firstGuessMs = wallMs - getZoneOffsetMs(wallMs, timeZone);
  return wallMs - getZoneOffsetMs(firstGuessMs, timeZone);
}

/** The plan's total minutes: what a full check-in of "done" stands for. */
export function getPlanMinutes(plan: Pick<PracticePlanContent, "segments">): number {
  return plan.segments.reduce((sum, segment) => sum + segment.minutes, 0);
}

/**
 * The scheduled window of the plan's occurrence on `localDate`, as ISO instants.
 *
 * @example
 * getOccurrenceWindow(plan, "2026-03-02"); // { scheduledStart: "2026-03-02T06:30:00.000Z", scheduledEnd: "…" }
 */
export function getOccurrenceWindow(
  plan: Pick<PracticePlanContent, "schedule" | "segments" | "timeZone">,
  localDate: string,
): { scheduledStart: string; scheduledEnd: string } {
  const startTime = plan.schedule.startTime;
  if (startTime === undefined) {
    return {
      scheduledStart: new Date(getLocalDayStartMs(localDate, plan.timeZone)).toISOString(),
      scheduledEnd: new Date(getLocalDayEndMs(localDate, plan.timeZone) - 1).toISOString(),
    };
  }
  const startMs = getLocalTimeMs(localDate, startTime, plan.timeZone);
  return {
    scheduledStart: new Date(startMs).toISOString(),
    scheduledEnd: new Date(startMs + getPlanMinutes(plan) * msPerMinute).toISOString(),
  };
}
