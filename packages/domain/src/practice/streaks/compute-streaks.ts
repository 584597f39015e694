/**
 * Streaks that forgive. A day counts when the musician logged any practice that day (an entry with
 * a duration above zero), on the entry's own local date. A streak survives one missed day, as long
 * as no two missed days fall within seven consecutive days; two missed days in a row end it, and a
 * second miss within a week of the first ends the streak through the first (the streak alive then
 * starts the day after that first miss). Only practised days add to the length. Today never breaks
 * a streak: the day is not over yet.
 */
import type { PracticeEntryDoc } from "@mirubato/schema";
import { fromEpochDay, toEpochDay } from "../time/local-date-math";

/** Two missed days closer than this (in days) break a streak. */
const forgivenessWindowDays = 7;

interface StreakRun {
  startDay: number;
  endDay: number;
  practisedDays: number;
  /** Practised days after `lastMissedDay` (all of them when nothing was missed yet). */
  practisedDaysSinceMiss: number;
  lastMissedDay?: number;
}

export interface StreakSummary {
  /** Practised days in the streak still alive today; 0 when it is broken. */
  currentDays: number;
  currentStartDate?: string;
  longestDays: number;
  longestStartDate?: string;
  longestEndDate?: string;
  isPractisedToday: boolean;
  /** Whether one more missed day (today if not practised yet, else tomorrow) would be forgiven. */
  isRestDayAvailable: boolean;
}

/**
 * The local dates with practice, from live entries with a duration above zero.
 *
 * @example
 * collectPractisedDates(entries).has("2026-03-01"); // true
 */
export function collectPractisedDates(entries: readonly PracticeEntryDoc[]): Set<string> {
  const dates = new Set<string>();
  for (const entry of entries) if (!entry._deleted && entry.durationSec > 0) dates.add(entry.localDate);
  return dates;
}

/**
 * Each run is the longest forgiving streak ending at its last day. When a miss comes too soon after
 * the previous one, the streak does not restart from scratch: it keeps the days practised since
 * that previous miss (a later start can only make the window valid, never longer).
 */
function buildRuns(days: readonly number[]): StreakRun[] {
  const runs: StreakRun[] = [];
  let run: StreakRun | undefined;
  for (const day of days) {
    const gapDays = run === undefined ? Number.POSITIVE_INFINITY : day - run.endDay - 1;
    if (run !== undefined && gapDays === 0) {
      run.endDay = day;
      run.practisedDays++;
      run.practisedDaysSinceMiss++;
    } else if (run !== undefined && gapDays === 1) {
      const missedDay = day - 1;
      if (canMiss(run, missedDay)) {
        run.endDay = day;
        run.practisedDays++;
      } else {
        const keptDays = run.practisedDaysSinceMiss;
        const startDay = (run.lastMissedDay ?? missedDay) + 1;
        run = { startDay, endDay: day, practisedDays: keptDays + 1, practisedDaysSinceMiss: 1 };
        runs.push(run);
      }
      run.lastMissedDay = missedDay;
      run.practisedDaysSinceMiss = 1;
    } else {
      run = { startDay: day, endDay: day, practisedDays: 1, practisedDaysSinceMiss: 1 };
      runs.push(run);
    }
  }
  return runs;
}

function canMiss(run: StreakRun, missedDay: number): boolean {
  return run.lastMissedDay === undefined || missedDay - run.lastMissedDay >= forgivenessWindowDays;
}

/**
 * Current and longest streak under the forgiving rule (see the module header). `today` is the
 * musician's local date now; a practised date later than it (after flying west) counts as today.
 *
 * @example
 * computeStreaks(collectPractisedDates(entries), getLocalDate(Date.now(), timeZone)).currentDays;
 */
export function computeStreaks(practisedDates: Iterable<string>, today: string): StreakSummary {
  const days = [...new Set([...practisedDates].map(toEpochDay))].sort((a, b) => a - b);
  const runs = buildRuns(days);
  const last = runs.at(-1);
  let longest: StreakRun | undefined;
  for (const run of runs)
    if (longest === undefined || run.practisedDays >= longest.practisedDays) longest = run;
  const summary: StreakSummary = {
    currentDays: 0,
    longestDays: longest?.practisedDays ?? 0,
    isPractisedToday: false,
    isRestDayAvailable: false,
  };
  if (longest !== undefined) {
    summary.longestStartDate = fromEpochDay(longest.startDay);
    summary.longestEndDate = fromEpochDay(longest.endDay);
  }
  if (last === undefined) return summary;
  const todayDay = Math.max(toEpochDay(today), last.endDay);
  const daysSinceLast = todayDay - last.endDay;
  const isAlive = daysSinceLast <= 1 || (daysSinceLast === 2 && canMiss(last, todayDay - 1));
  if (!isAlive) return summary;
  summary.currentDays = last.practisedDays;
  summary.currentStartDate = fromEpochDay(last.startDay);
  summary.isPractisedToday = daysSinceLast === 0;
  summary.isRestDayAvailable =
    daysSinceLast < 2 && canMiss(last, daysSinceLast === 0 ? todayDay + 1 : todayDay);
  return summary;
}
