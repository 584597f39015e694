import type { PracticeEntryDoc } from "@mirubato/schema";

/** The seconds of an entry credited to one of its pieces. */
export interface PieceShare {
  pieceId: string;
  durationSec: number;
}

/**
 * Splits an entry's duration equally among its distinct pieces (the remainder of the division goes
 * to the first pieces, so the shares always add up to the entry's duration). This is the one rule
 * for per-piece time everywhere: repertoire totals, breakdowns, goals and share cards, so a
 * 60-minute session on two pieces never shows as 120 minutes of practice.
 *
 * @example
 * getPieceShares({ durationSec: 61, pieces: [{ pieceId: "a" }, { pieceId: "b" }] });
 * // [{ pieceId: "a", durationSec: 31 }, { pieceId: "b", durationSec: 30 }]
 */
export function getPieceShares(entry: Pick<PracticeEntryDoc, "durationSec" | "pieces">): PieceShare[] {
  const { pieces } = entry;
  // Most entries name one piece; reports call this once per entry, so skip the general case.
  if (pieces.length === 1 && pieces[0] !== undefined)
    return [{ pieceId: pieces[0].pieceId, durationSec: entry.durationSec }];
  const pieceIds = [...new Set(pieces.map((piece) => piece.pieceId))];
  if (pieceIds.length === 0) return [];
  const baseSec = Math.floor(entry.durationSec / pieceIds.length);
  const remainderSec = entry.durationSec - baseSec * pieceIds.length;
  return pieceIds.map((pieceId, index) => ({
    pieceId,
    durationSec: baseSec + (index < remainderSec ? 1 : 0),
  }));
}
