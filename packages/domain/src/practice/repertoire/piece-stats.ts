import type { PracticeEntryDoc } from "@mirubato/schema";
import { getPieceShares } from "../entries/piece-shares";

/** A piece's practice so far. */
export interface PieceStats {
  pieceId: string;
  /** The piece's share of its entries' time (see `getPieceShares`). */
  totalSec: number;
  sessionCount: number;
  firstPractisedDate: string;
  lastPractisedDate: string;
  /** The highest tempo noted for the piece in any entry. */
  bestTempoBpm?: number;
}

/**
 * Per-piece totals for the repertoire list, in one pass over the entries.
 *
 * @example
 * computePieceStats(entries).get(piece.id)?.lastPractisedDate; // "2026-03-01"
 */
export function computePieceStats(entries: readonly PracticeEntryDoc[]): Map<string, PieceStats> {
  const statsById = new Map<string, PieceStats>();
  for (const entry of entries) {
    if (entry._deleted) continue;
    for (const share of getPieceShares(entry)) {
      let stats = statsById.get(share.pieceId);
      if (stats === undefined) {
        stats = {
          pieceId: share.pieceId,
          totalSec: 0,
          sessionCount: 0,
          firstPractisedDate: entry.localDate,
          lastPractisedDate: entry.localDate,
        };
        statsById.set(share.pieceId, stats);
      }
      stats.totalSec += share.durationSec;
      stats.sessionCount++;
      if (entry.localDate < stats.firstPractisedDate) stats.firstPractisedDate = entry.localDate;
      if (entry.localDate > stats.lastPractisedDate) stats.lastPractisedDate = entry.localDate;
    }
    for (const piece of entry.pieces) {
      const stats = statsById.get(piece.pieceId);
      if (stats !== undefined && piece.tempoBpm !== undefined && piece.tempoBpm > (stats.bestTempoBpm ?? 0)) {
        stats.bestTempoBpm = piece.tempoBpm;
      }
    }
  }
  return statsById;
}
