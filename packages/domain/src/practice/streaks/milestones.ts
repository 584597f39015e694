import type { PracticeEntryDoc } from "@mirubato/schema";

/** Cumulative practice milestones, in hours. */
export const hourMilestones = [10, 50, 100, 250, 500, 1000] as const;
/** Streak milestones, in practised days. */
export const streakMilestones = [7, 30, 100, 365] as const;

export interface Milestone {
  kind: "hours" | "streak";
  threshold: number;
  isReached: boolean;
  /** The local date it was reached, for hour milestones. */
  reachedDate?: string;
}

/**
 * Every milestone with whether it is reached: hours from the live entries' total time (with the
 * local date the total crossed each threshold), streaks from the longest streak.
 *
 * @example
 * listMilestones(entries, streaks.longestDays).filter((milestone) => milestone.isReached);
 */
export function listMilestones(entries: readonly PracticeEntryDoc[], longestStreakDays: number): Milestone[] {
  const ordered = entries
    .filter((entry) => !entry._deleted)
    .sort((a, b) => compareText(a.localDate, b.localDate) || compareText(a.startedAt, b.startedAt));
  const milestones: Milestone[] = [];
  let totalSec = 0;
  let index = 0;
  for (const threshold of hourMilestones) {
    while (totalSec < threshold * 3600 && index < ordered.length)
      totalSec += ordered[index++]?.durationSec ?? 0;
    const isReached = totalSec >= threshold * 3600;
    const milestone: Milestone = { kind: "hours", threshold, isReached };
    const reachedDate = ordered[index - 1]?.localDate;
    if (isReached && reachedDate !== undefined) milestone.reachedDate = reachedDate;
    milestones.push(milestone);
  }
  for (const threshold of streakMilestones) {
    milestones.push({ kind: "streak", threshold, isReached: longestStreakDays >= threshold });
  }
  return milestones;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
