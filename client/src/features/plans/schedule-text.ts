import type { PlanSchedule } from "@mirubato/schema";
import type { Translate } from "../../i18n/translate";

export interface ScheduleTextDeps {
  readonly t: Translate;
  readonly locale: string;
  readonly formatLocalDate: (localDate: string, style?: "long" | "medium") => string;
  /** Weekday names, index 0 = Sunday. */
  readonly weekdays: readonly string[];
}

/**
 * A schedule in words: "Every Mon, Wed, and Fri at 07:30 · from Mar 2, 2026 · until Jun 30, 2026".
 * Weekdays read Monday first, whatever order they were stored in.
 *
 * @example
 * formatSchedule({ kind: "single", date: "2026-03-02" }, deps); // "On Mar 2, 2026"
 */
export function formatSchedule(schedule: PlanSchedule, deps: ScheduleTextDeps): string {
  const { t, formatLocalDate } = deps;
  if (schedule.kind === "single")
    return t("plans.schedule.once", { date: formatLocalDate(schedule.date, "medium") });
  const list = new Intl.ListFormat(deps.locale, { style: "short", type: "conjunction" });
  const mondayFirst = (day: number) => (day + 6) % 7;
  const days = list.format(
    [...schedule.daysOfWeek]
      .sort((a, b) => mondayFirst(a) - mondayFirst(b))
      .map((day) => deps.weekdays[day] ?? ""),
  );
  let repeat: string;
  if (schedule.frequency === "daily") repeat = t("plans.schedule.interval", { count: schedule.interval });
  else if (schedule.interval === 1) repeat = t("plans.schedule.weekly", { days });
  else repeat = t("plans.schedule.weeks", { count: schedule.interval, days });
  if (schedule.startTime !== undefined)
    repeat = `${repeat} ${t("plans.schedule.at", { time: schedule.startTime })}`;
  const parts = [repeat, t("plans.schedule.from", { date: formatLocalDate(schedule.startDate, "medium") })];
  if (schedule.until !== undefined)
    parts.push(t("plans.schedule.until", { date: formatLocalDate(schedule.until, "medium") }));
  if (schedule.count !== undefined) parts.push(t("plans.schedule.count", { count: schedule.count }));
  return parts.join(" · ");
}
