import type { PracticeEntryDoc } from "@mirubato/schema";
import { addDays } from "../time/local-date-math";
import { getMonthStartDate, getNextMonthStartDate, getWeekStartDate } from "../time/week-start";
import { isEntryInRange } from "./date-range";

export type TrendBucket = "day" | "week" | "month";

export interface TrendPoint {
  /** The first local date of the day, week or month. */
  periodStartDate: string;
  totalSec: number;
  sessionCount: number;
}

function getBucketStart(localDate: string, bucket: TrendBucket, weekStartDay: number): string {
  if (bucket === "day") return localDate;
  return bucket === "week" ? getWeekStartDate(localDate, weekStartDay) : getMonthStartDate(localDate);
}

function getNextBucketStart(start: string, bucket: TrendBucket): string {
  if (bucket === "month") return getNextMonthStartDate(start);
  return addDays(start, bucket === "week" ? 7 : 1);
}

/**
 * A time series of practice per day, week (from the musician's week start) or month over an
 * inclusive range, with empty periods kept so a chart's axis is continuous. Each entry's bucket
 * is found once per distinct local date, not once per entry.
 *
 * @example
 * computeTrend(entries, { fromDate: "2026-01-01", toDate: "2026-03-31" }, "month", 1).map((point) => point.totalSec);
 */
export function computeTrend(
  entries: readonly PracticeEntryDoc[],
  range: { fromDate: string; toDate: string },
  bucket: TrendBucket,
  weekStartDay: number,
): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  const first = getBucketStart(range.fromDate, bucket, weekStartDay);
  for (let start = first; start <= range.toDate; start = getNextBucketStart(start, bucket)) {
    points.set(start, { periodStartDate: start, totalSec: 0, sessionCount: 0 });
  }
  const bucketByDate = new Map<string, TrendPoint | undefined>();
  for (const entry of entries) {
    if (!isEntryInRange(entry, range)) continue;
    let point = bucketByDate.get(entry.localDate);
    if (point === undefined) {
      point = points.get(getBucketStart(entry.localDate, bucket, weekStartDay));
      bucketByDate.set(entry.localDate, point);
    }
    if (point === undefined) continue;
    point.totalSec += entry.durationSec;
    point.sessionCount++;
  }
  return [...points.values()];
}
