import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { computeShareCard } from "../share/share-card";
import { addDays } from "../time/local-date-math";
import { computeBreakdown } from "./breakdown";
import { computeHeatmap } from "./heatmap";
import { computeOverview } from "./overview";
import { computeTrend } from "./trend";

export interface ReportTimings {
  entryCount: number;
  runs: number;
  /** Medians over the runs, in ms. */
  overviewMs: number;
  heatmapMs: number;
  trendsMs: number;
  breakdownsMs: number;
  shareCardMs: number;
  totalMs: number;
  /** The first run's total: what opening the reports page costs before the JIT warms up. */
  firstRunTotalMs: number;
}

type ReportName = "overviewMs" | "heatmapMs" | "trendsMs" | "breakdownsMs" | "shareCardMs";

function measure(run: () => unknown): number {
  const startMs = performance.now();
  run();
  return performance.now() - startMs;
}

function getMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times every report over the given logbook, as the reports page computes them on opening: the
 * overview, a year's heatmap, day/week/month trends over everything, five breakdowns and a week's
 * share card. `today` defaults to the latest entry's date. The budget is 100 ms for 10,000 entries.
 *
 * @example
 * const { entries, pieces } = createSyntheticPractice({ entryCount: 10_000 });
 * console.table(benchReports(entries, pieces, { runs: 5 }));
 */
export function benchReports(
  entries: readonly PracticeEntryDoc[],
  pieces: readonly PieceDoc[],
  options: { today?: string; weekStartDay?: number; runs?: number } = {},
): ReportTimings {
  let fromDate = "9999-12-31";
  let lastDate = "0000-01-01";
  for (const entry of entries) {
    if (entry.localDate < fromDate) fromDate = entry.localDate;
    if (entry.localDate > lastDate) lastDate = entry.localDate;
  }
  const today = options.today ?? lastDate;
  const weekStartDay = options.weekStartDay ?? 1;
  const everything = { fromDate, toDate: today };
  const reports: Record<ReportName, () => unknown> = {
    overviewMs: () => computeOverview(entries, { today, weekStartDay }),
    heatmapMs: () => computeHeatmap(entries, { fromDate: addDays(today, -364), toDate: today }),
    trendsMs: () => {
      for (const bucket of ["day", "week", "month"] as const)
        computeTrend(entries, everything, bucket, weekStartDay);
    },
    breakdownsMs: () => {
      for (const dimension of ["piece", "composer", "instrument", "type", "tag"] as const) {
        computeBreakdown(entries, pieces, dimension, everything);
      }
    },
    shareCardMs: () => computeShareCard(entries, pieces, { fromDate: addDays(today, -6), toDate: today }),
  };
  const names = Object.keys(reports).filter((name): name is ReportName => name in reports);
  const samples = new Map<ReportName, number[]>(names.map((name) => [name, []]));
  const totals: number[] = [];
  const runs = Math.max(1, options.runs ?? 5);
  for (let run = 0; run < runs; run++) {
    let totalMs = 0;
    for (const name of names) {
      const ms = measure(reports[name]);
      samples.get(name)?.push(ms);
      totalMs += ms;
    }
    totals.push(totalMs);
  }
  const median = (name: ReportName) => getMedian(samples.get(name) ?? []);
  return {
    entryCount: entries.length,
    runs,
    overviewMs: median("overviewMs"),
    heatmapMs: median("heatmapMs"),
    trendsMs: median("trendsMs"),
    breakdownsMs: median("breakdownsMs"),
    shareCardMs: median("shareCardMs"),
    totalMs: getMedian(totals),
    firstRunTotalMs: totals[0] ?? 0,
  };
}
