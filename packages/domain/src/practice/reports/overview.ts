import type { PracticeEntryDoc } from "@mirubato/schema";
import { collectPractisedDates, computeStreaks, type StreakSummary } from "../streaks/compute-streaks";
import { addDays, countDaysBetween } from "../time/local-date-math";
import { getWeekStartDate } from "../time/week-start";

export interface PracticeOverview {
  todaySec: number;
  thisWeekSec: number;
  lastWeekSec: number;
  /** Last week up to the same weekday as today: a fair "so far" comparison mid-week. */
  lastWeekToDateSec: number;
  totalSec: number;
  sessionCount: number;
  practisedDayCount: number;
  streaks: StreakSummary;
}

/**
 * The reports' overview: today, this week against last week, all-time totals and streaks, in the
 * musician's calendar (`today` in their zone, weeks from their week start).
 *
 * @example
 * computeOverview(entries, { today: "2026-03-04", weekStartDay: 1 }).thisWeekSec;
 */
export function computeOverview(
  entries: readonly PracticeEntryDoc[],
  calendar: { today: string; weekStartDay: number },
): PracticeOverview {
  const { today } = calendar;
  const thisWeekStart = getWeekStartDate(today, calendar.weekStartDay);
  const lastWeekStart = addDays(thisWeekStart, -7);
  const lastWeekToDate = addDays(lastWeekStart, countDaysBetween(thisWeekStart, today));
  const practisedDates = collectPractisedDates(entries);
  const overview: PracticeOverview = {
    todaySec: 0,
    thisWeekSec: 0,
    lastWeekSec: 0,
    lastWeekToDateSec: 0,
    totalSec: 0,
    sessionCount: 0,
    practisedDayCount: practisedDates.size,
    streaks: computeStreaks(practisedDates, today),
  };
  for (const entry of entries) {
    if (entry._deleted) continue;
    const { localDate, durationSec } = entry;
    overview.totalSec += durationSec;
    overview.sessionCount++;
    if (localDate === today) overview.todaySec += durationSec;
    if (localDate >= thisWeekStart && localDate <= today) overview.thisWeekSec += durationSec;
    else if (localDate >= lastWeekStart && localDate < thisWeekStart) {
      overview.lastWeekSec += durationSec;
      if (localDate <= lastWeekToDate) overview.lastWeekToDateSec += durationSec;
    }
  }
  return overview;
}
