import type { PracticeEntryDoc } from "@mirubato/schema";

export interface DaySummary {
  readonly totalSec: number;
  readonly goalSec: number;
  /** 0 to 1: how much of the daily goal is done (1 once reached or passed). */
  readonly goalFraction: number;
}

/**
 * The day's practice against the daily goal. Deleted entries never count.
 *
 * @example
 * summarizeDay(todaysEntries, 30).goalFraction; // 0.5 after 15 minutes
 */
export function summarizeDay(entries: readonly PracticeEntryDoc[], dailyGoalMinutes: number): DaySummary {
  let totalSec = 0;
  for (const entry of entries) if (!entry._deleted) totalSec += entry.durationSec;
  const goalSec = Math.max(0, dailyGoalMinutes) * 60;
  return { totalSec, goalSec, goalFraction: goalSec === 0 ? 0 : Math.min(1, totalSec / goalSec) };
}
