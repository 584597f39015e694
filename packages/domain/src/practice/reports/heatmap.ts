import type { PracticeEntryDoc } from "@mirubato/schema";
import { fromEpochDay, toEpochDay } from "../time/local-date-math";
import { isEntryInRange } from "./date-range";

export interface HeatmapDay {
  localDate: string;
  totalSec: number;
  /** 0 (no practice) to 4 (the range's busiest quarter). */
  level: 0 | 1 | 2 | 3 | 4;
}

function toLevel(totalSec: number, maxSec: number): HeatmapDay["level"] {
  if (totalSec <= 0 || maxSec <= 0) return 0;
  const level = Math.ceil((4 * totalSec) / maxSec);
  return level <= 1 ? 1 : level === 2 ? 2 : level === 3 ? 3 : 4;
}

/**
 * Practice per local day for a calendar heatmap: every day of the inclusive range, empty days
 * included, with a level from 0 to 4 relative to the busiest day in the range.
 *
 * @example
 * computeHeatmap(entries, { fromDate: "2025-03-05", toDate: "2026-03-04" }).length; // 365
 */
export function computeHeatmap(
  entries: readonly PracticeEntryDoc[],
  range: { fromDate: string; toDate: string },
): HeatmapDay[] {
  const firstDay = toEpochDay(range.fromDate);
  const totals = new Array<number>(Math.max(0, toEpochDay(range.toDate) - firstDay + 1)).fill(0);
  for (const entry of entries) {
    if (!isEntryInRange(entry, range)) continue;
    const index = toEpochDay(entry.localDate) - firstDay;
    totals[index] = (totals[index] ?? 0) + entry.durationSec;
  }
  const maxSec = Math.max(0, ...totals);
  return totals.map((totalSec, index) => ({
    localDate: fromEpochDay(firstDay + index),
    totalSec,
    level: toLevel(totalSec, maxSec),
  }));
}
