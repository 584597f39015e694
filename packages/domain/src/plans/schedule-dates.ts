/**
 * The local dates a plan's schedule falls on. Everything is calendar arithmetic on local dates in
 * the plan's own zone (day numbers, never instants), so a Monday plan stays on Mondays across
 * spring-forward and fall-back weeks, and "every 3 days" counts calendar days, not 72-hour blocks.
 *
 * Rules: `daily` repeats every `interval` days from `startDate` (`daysOfWeek` does not apply);
 * `weekly` repeats on `daysOfWeek` (the start date's weekday when empty) in every `interval`-th
 * calendar week, weeks starting on Monday and counted from the start date's week. `count` counts
 * occurrences from the start date; `until` is the last date that can be due (inclusive).
 */
import type { PlanSchedule } from "@mirubato/schema";
import type { LocalDateRange } from "../practice/goals/goal-period";
import { fromEpochDay, getDayOfWeek, toEpochDay } from "../practice/time/local-date-math";

/** A schedule that repeats (daily or weekly), as opposed to a single date. */
export type RecurringSchedule = Extract<PlanSchedule, { kind: "recurring" }>;

function isRecurringDay(schedule: RecurringSchedule, epochDay: number, startDay: number): boolean {
  if (schedule.frequency === "daily") return (epochDay - startDay) % schedule.interval === 0;
  const weekdays = schedule.daysOfWeek.length > 0 ? schedule.daysOfWeek : [getDayOfWeek(schedule.startDate)];
  if (!weekdays.includes(getDayOfWeek(fromEpochDay(epochDay)))) return false;
  const mondayOf = (day: number) => day - ((getDayOfWeek(fromEpochDay(day)) + 6) % 7);
  const weekIndex = (mondayOf(epochDay) - mondayOf(startDay)) / 7;
  return weekIndex % schedule.interval === 0;
}

/**
 * The schedule's dates inside `range`, in order.
 *
 * @example
 * listScheduledDates(
 *   { kind: "recurring", frequency: "weekly", interval: 1, daysOfWeek: [1], startDate: "2026-03-02" },
 *   { fromDate: "2026-03-01", toDate: "2026-03-15" },
 * ); // ["2026-03-02", "2026-03-09"]
 */
export function listScheduledDates(schedule: PlanSchedule, range: LocalDateRange): string[] {
  const fromDay = toEpochDay(range.fromDate);
  const toDay = toEpochDay(range.toDate);
  if (schedule.kind === "single") {
    const day = toEpochDay(schedule.date);
    return day >= fromDay && day <= toDay ? [schedule.date] : [];
  }
  const startDay = toEpochDay(schedule.startDate);
  const lastDay = Math.min(toDay, schedule.until === undefined ? toDay : toEpochDay(schedule.until));
  // Without a count nothing before the range matters; with one, earlier dates use up the count.
  const firstDay = schedule.count === undefined ? Math.max(startDay, fromDay) : startDay;
  const step = schedule.frequency === "daily" ? schedule.interval : 1;
  const alignedFirstDay =
    schedule.frequency === "daily" ? firstDay + ((((startDay - firstDay) % step) + step) % step) : firstDay;
  const dates: string[] = [];
  let counted = 0;
  for (let day = alignedFirstDay; day <= lastDay; day += step) {
    if (!isRecurringDay(schedule, day, startDay)) continue;
    counted++;
    if (day >= fromDay) dates.push(fromEpochDay(day));
    if (schedule.count !== undefined && counted >= schedule.count) break;
  }
  return dates;
}

/**
 * Whether the schedule falls on `localDate`.
 *
 * @example
 * isScheduledOn({ kind: "single", date: "2026-03-02" }, "2026-03-02"); // true
 */
export function isScheduledOn(schedule: PlanSchedule, localDate: string): boolean {
  return listScheduledDates(schedule, { fromDate: localDate, toDate: localDate }).length === 1;
}
