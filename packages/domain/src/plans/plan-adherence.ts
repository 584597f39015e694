/**
 * How well a musician kept to their plans over a range of local dates. A day counts once it is
 * over, or earlier when it was already checked in (today's done practice counts today; today's
 * untouched plan is not yet missed). The rate credits a "partly" check-in with half a day.
 */
import type { PlanOccurrenceDoc, PracticePlanDoc } from "@mirubato/schema";
import type { LocalDateRange } from "../practice/goals/goal-period";
import { listPlanDays, type PlanDay } from "./plan-days";

export interface AdherenceCounts {
  readonly due: number;
  readonly completed: number;
  readonly partial: number;
  readonly skipped: number;
  readonly missed: number;
  /** 0–1, or undefined when nothing was due. */
  readonly rate: number | undefined;
}

export interface PlanAdherence extends AdherenceCounts {
  readonly planId: string;
  readonly title: string;
}

export interface AdherenceReport {
  readonly total: AdherenceCounts;
  readonly plans: readonly PlanAdherence[];
}

function countDays(days: readonly PlanDay[], today: string): AdherenceCounts {
  let completed = 0;
  let partial = 0;
  let skipped = 0;
  let missed = 0;
  for (const day of days) {
    if (day.status === "completed") completed++;
    else if (day.status === "partial") partial++;
    else if (day.status === "skipped") skipped++;
    else if (day.localDate < today) missed++;
  }
  const due = completed + partial + skipped + missed;
  return {
    due,
    completed,
    partial,
    skipped,
    missed,
    rate: due === 0 ? undefined : (completed + partial / 2) / due,
  };
}

function sumCounts(all: readonly AdherenceCounts[]): AdherenceCounts {
  const sum = (pick: (counts: AdherenceCounts) => number) =>
    all.reduce((total, counts) => total + pick(counts), 0);
  const due = sum((counts) => counts.due);
  const completed = sum((counts) => counts.completed);
  const partial = sum((counts) => counts.partial);
  return {
    due,
    completed,
    partial,
    skipped: sum((counts) => counts.skipped),
    missed: sum((counts) => counts.missed),
    rate: due === 0 ? undefined : (completed + partial / 2) / due,
  };
}

/**
 * Adherence per plan (plans with nothing due in the range are left out) and in total.
 *
 * @example
 * computePlanAdherence(plans, occurrences, { fromDate: "2026-03-01", toDate: "2026-03-31" }, "2026-03-15").total.rate;
 */
export function computePlanAdherence(
  plans: readonly PracticePlanDoc[],
  occurrences: readonly PlanOccurrenceDoc[],
  range: LocalDateRange,
  today: string,
): AdherenceReport {
  const counted: LocalDateRange = {
    fromDate: range.fromDate,
    toDate: range.toDate < today ? range.toDate : today,
  };
  const perPlan: PlanAdherence[] = [];
  if (counted.fromDate <= counted.toDate) {
    for (const plan of plans) {
      if (plan._deleted) continue;
      const counts = countDays(listPlanDays(plan, occurrences, counted, today), today);
      if (counts.due > 0) perPlan.push({ planId: plan.id, title: plan.title, ...counts });
    }
  }
  perPlan.sort((a, b) => a.title.localeCompare(b.title));
  return { total: sumCounts(perPlan), plans: perPlan };
}
