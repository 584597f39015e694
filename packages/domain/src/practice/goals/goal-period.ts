import type { GoalDoc } from "@mirubato/schema";
import { getLocalDate } from "../time/local-date";
import { addDays } from "../time/local-date-math";
import { getMonthStartDate, getNextMonthStartDate, getWeekStartDate } from "../time/week-start";

/** An inclusive range of local dates. */
export interface LocalDateRange {
  fromDate: string;
  toDate: string;
}

/** The musician's calendar: where today is and how their weeks run. */
export interface MusicianCalendar {
  today: string;
  weekStartDay: number;
  timeZone: string;
}

/**
 * The local dates a goal's current period covers: today, this week (from the musician's week
 * start), this month, or from the day the goal was set to its target date.
 *
 * @example
 * getGoalPeriod(weeklyGoal, { today: "2026-03-04", weekStartDay: 1, timeZone: "Europe/Paris" });
 * // { fromDate: "2026-03-02", toDate: "2026-03-08" }
 */
export function getGoalPeriod(
  goal: Pick<GoalDoc, "period" | "createdAt" | "targetDate">,
  calendar: MusicianCalendar,
): LocalDateRange {
  const { today } = calendar;
  switch (goal.period) {
    case "day":
      return { fromDate: today, toDate: today };
    case "week": {
      const fromDate = getWeekStartDate(today, calendar.weekStartDay);
      return { fromDate, toDate: addDays(fromDate, 6) };
    }
    case "month":
      return { fromDate: getMonthStartDate(today), toDate: addDays(getNextMonthStartDate(today), -1) };
    case "until_date":
      return {
        fromDate: getLocalDate(Date.parse(goal.createdAt), calendar.timeZone),
        toDate: goal.targetDate ?? today,
      };
  }
}
