import { normalizeText, type PieceStats } from "@mirubato/domain";
import type { PieceDoc, PieceStatus } from "@mirubato/schema";

export const pieceSortKeys = ["title", "composer", "status", "lastPractised", "totalTime", "recent"] as const;
export type PieceSortKey = (typeof pieceSortKeys)[number];

const statusOrder: Readonly<Record<PieceStatus, number>> = {
  learning: 0,
  polished: 1,
  performance_ready: 2,
  planned: 3,
  dropped: 4,
};

/**
 * The repertoire in the chosen order; ties fall back to the title, so the order is stable.
 * Pieces never practised come last when sorting by practice.
 *
 * @example
 * sortPieces(pieces, computePieceStats(entries), "lastPractised", "en")[0]?.title;
 */
export function sortPieces(
  pieces: readonly PieceDoc[],
  stats: ReadonlyMap<string, PieceStats>,
  key: PieceSortKey,
  locale: string,
): PieceDoc[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const byTitle = (a: PieceDoc, b: PieceDoc) => collator.compare(a.title, b.title);
  const compare: Record<PieceSortKey, (a: PieceDoc, b: PieceDoc) => number> = {
    title: byTitle,
    composer: (a, b) => collator.compare(a.composer ?? "\uffff", b.composer ?? "\uffff"),
    status: (a, b) => statusOrder[a.status] - statusOrder[b.status],
    lastPractised: (a, b) =>
      (stats.get(b.id)?.lastPractisedDate ?? "").localeCompare(stats.get(a.id)?.lastPractisedDate ?? ""),
    totalTime: (a, b) => (stats.get(b.id)?.totalSec ?? 0) - (stats.get(a.id)?.totalSec ?? 0),
    recent: (a, b) => b.createdAt.localeCompare(a.createdAt),
  };
  return [...pieces].sort((a, b) => compare[key](a, b) || byTitle(a, b));
}

/**
 * The pieces whose title, composer or catalogue contain every typed word (accents and case
 * ignored), with the chosen status if any.
 *
 * @example
 * filterPieces(pieces, "chopin noct", "")[0]?.title; // "Nocturne in E-flat major"
 */
export function filterPieces(
  pieces: readonly PieceDoc[],
  text: string,
  status: PieceStatus | "",
): PieceDoc[] {
  const words = normalizeText(text)
    .split(" ")
    .filter((word) => word !== "");
  return pieces.filter((piece) => {
    if (status !== "" && piece.status !== status) return false;
    if (words.length === 0) return true;
    const haystack = normalizeText(`${piece.title} ${piece.composer ?? ""} ${piece.catalogue ?? ""}`);
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * Whether a string is a sort key (URL search params and selects hold strings).
 *
 * @example
 * isPieceSortKey("title"); // true
 */
export function isPieceSortKey(value: string): value is PieceSortKey {
  return pieceSortKeys.some((key) => key === value);
}
