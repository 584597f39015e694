/**
 * Where each day sits in a calendar heatmap: one column per week (starting on the musician's week
 * start), one row per weekday, and a month label over the column each month begins in (a
 * partial first month gives way when the next label would overlap it).
 */
import { getDayOfWeek, type HeatmapDay } from "@mirubato/domain";

const minLabelColumns = 3;

export interface HeatmapCell extends HeatmapDay {
  readonly column: number;
  readonly row: number;
}

export interface HeatmapLayout {
  readonly cells: readonly HeatmapCell[];
  readonly columnCount: number;
  /** The first local date of each month shown, at the column it starts in. */
  readonly monthStarts: readonly { readonly column: number; readonly localDate: string }[];
}

/**
 * @example
 * layoutHeatmap(computeHeatmap(entries, range), 1).columnCount; // 53 for a year
 */
export function layoutHeatmap(days: readonly HeatmapDay[], weekStartDay: number): HeatmapLayout {
  const first = days[0];
  if (first === undefined) return { cells: [], columnCount: 0, monthStarts: [] };
  const offset = (getDayOfWeek(first.localDate) - weekStartDay + 7) % 7;
  const cells: HeatmapCell[] = [];
  const monthStarts: { column: number; localDate: string }[] = [];
  days.forEach((day, index) => {
    const position = index + offset;
    const column = Math.floor(position / 7);
    cells.push({ ...day, column, row: position % 7 });
    if (index !== 0 && !day.localDate.endsWith("-01")) return;
    // Labels need three columns; a month starting closer to the previous label replaces it.
    const previous = monthStarts.at(-1);
    if (previous !== undefined && column - previous.column < minLabelColumns) monthStarts.pop();
    monthStarts.push({ column, localDate: day.localDate });
  });
  return { cells, columnCount: Math.floor((days.length - 1 + offset) / 7) + 1, monthStarts };
}
