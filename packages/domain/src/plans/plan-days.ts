/**
 * A plan's days: the dates its schedule falls on, merged with the occurrence documents already
 * written for it. Occurrences are materialised only when a musician checks in (or starts
 * practising from one), so a day without a document is derived: still `scheduled` from today on,
 * `expired` (missed) once past. A stored occurrence always counts, even on a date the schedule no
 * longer falls on: editing a plan mid-way never rewrites its history.
 */
import type { OccurrenceStatus, PlanOccurrenceDoc, PracticePlanDoc } from "@mirubato/schema";
import type { LocalDateRange } from "../practice/goals/goal-period";
import { getPlanOccurrenceId } from "./occurrence-id";
import { listScheduledDates } from "./schedule-dates";

export interface PlanDay {
  readonly planId: string;
  readonly localDate: string;
  /** The deterministic id the occurrence document has, or will have once written. */
  readonly occurrenceId: string;
  readonly status: OccurrenceStatus;
  readonly occurrence: PlanOccurrenceDoc | undefined;
}

/** The status a day shows: a check-in's own, else scheduled until the day is over, then expired. */
export function getDayStatus(
  occurrence: Pick<PlanOccurrenceDoc, "status"> | undefined,
  localDate: string,
  today: string,
): OccurrenceStatus {
  const stored = occurrence?.status;
  if (stored !== undefined && stored !== "scheduled") return stored;
  return localDate < today ? "expired" : "scheduled";
}

/**
 * The plan's days inside `range`, by date. Archived plans keep their stored occurrences only.
 *
 * @example
 * listPlanDays(plan, occurrences, { fromDate: "2026-03-01", toDate: "2026-03-07" }, "2026-03-04");
 */
export function listPlanDays(
  plan: PracticePlanDoc,
  occurrences: readonly PlanOccurrenceDoc[],
  range: LocalDateRange,
  today: string,
): PlanDay[] {
  const stored = new Map<string, PlanOccurrenceDoc>();
  for (const occurrence of occurrences) {
    if (occurrence.planId !== plan.id || occurrence._deleted) continue;
    if (occurrence.localDate < range.fromDate || occurrence.localDate > range.toDate) continue;
    stored.set(occurrence.localDate, occurrence);
  }
  const dates = new Set(stored.keys());
  if (plan.status === "active") for (const date of listScheduledDates(plan.schedule, range)) dates.add(date);
  return [...dates].sort().map((localDate) => {
    const occurrence = stored.get(localDate);
    return {
      planId: plan.id,
      localDate,
      occurrenceId: getPlanOccurrenceId(plan.id, localDate),
      status: getDayStatus(occurrence, localDate, today),
      occurrence,
    };
  });
}

/**
 * Every active plan's day on `today` (Today's "Due today" list), in plan title order.
 *
 * @example
 * listDueToday(plans, occurrences, "2026-03-02").map((day) => day.planId);
 */
export function listDueToday(
  plans: readonly PracticePlanDoc[],
  occurrences: readonly PlanOccurrenceDoc[],
  today: string,
): { plan: PracticePlanDoc; day: PlanDay }[] {
  return plans
    .filter((plan) => plan.status === "active" && !plan._deleted)
    .toSorted((a, b) => a.title.localeCompare(b.title))
    .flatMap((plan) =>
      listPlanDays(plan, occurrences, { fromDate: today, toDate: today }, today).map((day) => ({
        plan,
        day,
      })),
    );
}
