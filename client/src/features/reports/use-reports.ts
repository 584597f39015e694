import {
  addDays,
  type BreakdownDimension,
  computeBreakdown,
  computeHeatmap,
  computeOverview,
  computeTrend,
} from "@mirubato/domain";
import { useMemo, useState } from "react";
import { useEntries, usePieces } from "../logbook/use-practice-data";
import { useSettings } from "../settings/use-settings";
import { useToday } from "../settings/use-today";
import { chooseTrendBucket, getPresetRange, type RangePreset, type ReportRange } from "./report-range";

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * Everything the reports page shows, computed in the browser from the local database: the
 * all-time overview, and for the chosen range the heatmap, the trend and one breakdown.
 */
export function useReports() {
  const { settings } = useSettings();
  const today = useToday(settings.timeZone);
  const { entries, isLoading } = useEntries();
  const { pieces } = usePieces();
  const [preset, setPreset] = useState<RangePreset>("last90");
  const [customRange, setCustomRange] = useState<ReportRange | undefined>();
  const [dimension, setDimension] = useState<BreakdownDimension>("piece");
  const { weekStartDay } = settings;
  const range = useMemo(
    () =>
      preset === "custom" && customRange !== undefined
        ? customRange
        : getPresetRange(preset === "custom" ? "last90" : preset, today, weekStartDay),
    [preset, customRange, today, weekStartDay],
  );
  const overview = useMemo(
    () => computeOverview(entries, { today, weekStartDay }),
    [entries, today, weekStartDay],
  );
  // The calendar shows at least the year up to the period's end, so short periods keep context.
  const heatmap = useMemo(
    () =>
      computeHeatmap(entries, {
        fromDate: minDate(range.fromDate, addDays(range.toDate, -364)),
        toDate: range.toDate,
      }),
    [entries, range],
  );
  const bucket = chooseTrendBucket(range);
  const trend = useMemo(
    () => computeTrend(entries, range, bucket, weekStartDay),
    [entries, range, bucket, weekStartDay],
  );
  const breakdown = useMemo(
    () => computeBreakdown(entries, pieces, dimension, range),
    [entries, pieces, dimension, range],
  );
  return {
    isLoading,
    today,
    weekStartDay,
    entries,
    pieces,
    preset,
    setPreset,
    customRange,
    setCustomRange,
    range,
    overview,
    heatmap,
    bucket,
    trend,
    dimension,
    setDimension,
    breakdown,
  };
}

export type ReportsState = ReturnType<typeof useReports>;
