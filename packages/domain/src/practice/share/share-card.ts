import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { computeBreakdown } from "../reports/breakdown";
import { computeHeatmap } from "../reports/heatmap";

/** The numbers on a share card; drawing them is the client's. */
export interface ShareCardData {
  fromDate: string;
  toDate: string;
  totalSec: number;
  sessionCount: number;
  practisedDayCount: number;
  topPieces: { pieceId: string; title: string; composer?: string; totalSec: number }[];
  /** One bar per local day of the range, empty days included. */
  dailyBars: { localDate: string; totalSec: number }[];
}

/**
 * The content of a share card for a day, a week or any inclusive range of local dates: the total,
 * the pieces practised most (by their share of time) and a bar per day.
 *
 * @example
 * computeShareCard(entries, pieces, { fromDate: "2026-03-02", toDate: "2026-03-08" }).topPieces[0]?.title;
 */
export function computeShareCard(
  entries: readonly PracticeEntryDoc[],
  pieces: readonly PieceDoc[],
  range: { fromDate: string; toDate: string },
  options: { topPieceCount?: number } = {},
): ShareCardData {
  const dailyBars = computeHeatmap(entries, range).map(({ localDate, totalSec }) => ({
    localDate,
    totalSec,
  }));
  const piecesById = new Map(pieces.map((piece) => [piece.id, piece]));
  const topPieces: ShareCardData["topPieces"] = [];
  for (const row of computeBreakdown(entries, pieces, "piece", range)) {
    const piece = row.key === null ? undefined : piecesById.get(row.key);
    if (piece === undefined || piece._deleted) continue;
    const top: ShareCardData["topPieces"][number] = {
      pieceId: piece.id,
      title: piece.title,
      totalSec: row.totalSec,
    };
    if (piece.composer !== undefined) top.composer = piece.composer;
    topPieces.push(top);
    if (topPieces.length >= (options.topPieceCount ?? 3)) break;
  }
  let sessionCount = 0;
  for (const entry of entries) {
    if (!entry._deleted && entry.localDate >= range.fromDate && entry.localDate <= range.toDate)
      sessionCount++;
  }
  return {
    ...range,
    totalSec: dailyBars.reduce((sum, bar) => sum + bar.totalSec, 0),
    sessionCount,
    practisedDayCount: dailyBars.filter((bar) => bar.totalSec > 0).length,
    topPieces,
    dailyBars,
  };
}
