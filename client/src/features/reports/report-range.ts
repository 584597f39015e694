/**
 * The reports' date range: a preset counted back from today in the musician's calendar, or a
 * custom pair of local dates; and how finely the trend chart buckets it.
 */
import {
  addDays,
  countDaysBetween,
  getMonthStartDate,
  getWeekStartDate,
  type TrendBucket,
} from "@mirubato/domain";

export const rangePresets = [
  "last7",
  "last30",
  "last90",
  "last365",
  "thisWeek",
  "thisMonth",
  "thisYear",
  "custom",
] as const;
export type RangePreset = (typeof rangePresets)[number];

export interface ReportRange {
  readonly fromDate: string;
  readonly toDate: string;
}

export function isRangePreset(value: string): value is RangePreset {
  return (rangePresets as readonly string[]).includes(value);
}

/**
 * The dates a preset covers, both ends included, ending today.
 *
 * @example
 * getPresetRange("last7", "2026-03-04", 1); // { fromDate: "2026-02-26", toDate: "2026-03-04" }
 */
export function getPresetRange(
  preset: Exclude<RangePreset, "custom">,
  today: string,
  weekStartDay: number,
): ReportRange {
  switch (preset) {
    case "last7":
      return { fromDate: addDays(today, -6), toDate: today };
    case "last30":
      return { fromDate: addDays(today, -29), toDate: today };
    case "last90":
      return { fromDate: addDays(today, -89), toDate: today };
    case "last365":
      return { fromDate: addDays(today, -364), toDate: today };
    case "thisWeek":
      return { fromDate: getWeekStartDate(today, weekStartDay), toDate: today };
    case "thisMonth":
      return { fromDate: getMonthStartDate(today), toDate: today };
    case "thisYear":
      return { fromDate: `${today.slice(0, 4)}-01-01`, toDate: today };
  }
}

const localDatePattern = /^\d{4}-\d{2}-\d{2}$/;
/** Ten years of days: enough for any musician's history, small enough for a heatmap. */
export const maxRangeDays = 3_660;

export type CustomRangeResult =
  | { readonly ok: true; readonly range: ReportRange }
  | { readonly ok: false; readonly reason: "invalid_date" | "reversed" | "too_long" };

/**
 * A custom range as typed in two date inputs.
 *
 * @example
 * parseCustomRange("2026-01-01", "2026-03-31"); // { ok: true, range: { fromDate: "2026-01-01", toDate: "2026-03-31" } }
 */
export function parseCustomRange(fromDate: string, toDate: string): CustomRangeResult {
  if (!localDatePattern.test(fromDate) || !localDatePattern.test(toDate))
    return { ok: false, reason: "invalid_date" };
  const days = countDaysBetween(fromDate, toDate);
  if (Number.isNaN(days)) return { ok: false, reason: "invalid_date" };
  if (days < 0) return { ok: false, reason: "reversed" };
  if (days >= maxRangeDays) return { ok: false, reason: "too_long" };
  return { ok: true, range: { fromDate, toDate } };
}

/**
 * Days up to two months, weeks up to about a year, months beyond: 8 to 60 bars.
 *
 * @example
 * chooseTrendBucket({ fromDate: "2026-01-01", toDate: "2026-03-31" }); // "week"
 */
export function chooseTrendBucket(range: ReportRange): TrendBucket {
  const days = countDaysBetween(range.fromDate, range.toDate) + 1;
  if (days <= 62) return "day";
  return days <= 400 ? "week" : "month";
}
