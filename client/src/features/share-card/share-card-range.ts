import { getWeekStartDate } from "@mirubato/domain";

export const sharePeriods = ["day", "week", "range"] as const;
export type SharePeriod = (typeof sharePeriods)[number];

/**
 * The dates a share card covers: today, this week so far (from the musician's week start), or the
 * period the reports show.
 *
 * @example
 * getShareRange("week", { today: "2026-03-04", weekStartDay: 1, range }); // { fromDate: "2026-03-02", toDate: "2026-03-04" }
 */
export function getShareRange(
  period: SharePeriod,
  context: { today: string; weekStartDay: number; range: { fromDate: string; toDate: string } },
): { fromDate: string; toDate: string } {
  if (period === "day") return { fromDate: context.today, toDate: context.today };
  if (period === "week")
    return { fromDate: getWeekStartDate(context.today, context.weekStartDay), toDate: context.today };
  return context.range;
}
