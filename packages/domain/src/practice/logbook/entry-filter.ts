import type { PieceDoc, PracticeEntryDoc, PracticeType } from "@mirubato/schema";
import { normalizeText } from "../text/normalize-text";

/** What the logbook's filter bar and search box hold; every criterion left out matches all. */
export interface EntryFilterCriteria {
  /** Inclusive local dates. */
  fromDate?: string;
  toDate?: string;
  pieceIds?: readonly string[];
  /** Matched against the composer of the entry's pieces, accents and case ignored. */
  composer?: string;
  instruments?: readonly string[];
  types?: readonly PracticeType[];
  tags?: readonly string[];
  /** Every word must appear in the notes, tags, techniques, or a piece's title, composer or catalogue. */
  text?: string;
}

/**
 * Builds a predicate for the logbook from filter criteria. Lists match when the entry has any of
 * the listed values; different criteria must all match. Deleted entries never match.
 *
 * @example
 * entries.filter(createEntryFilter({ types: ["lesson"], text: "chopin" }, pieces));
 */
export function createEntryFilter(
  criteria: EntryFilterCriteria,
  pieces: readonly PieceDoc[],
): (entry: PracticeEntryDoc) => boolean {
  const pieceText = new Map(pieces.map((piece) => [piece.id, describePiece(piece)]));
  const composer = criteria.composer === undefined ? undefined : normalizeText(criteria.composer);
  const composerPieceIds = new Set(
    pieces
      .filter((piece) => composer !== undefined && normalizeText(piece.composer ?? "") === composer)
      .map((p) => p.id),
  );
  const words = normalizeText(criteria.text ?? "")
    .split(" ")
    .filter((word) => word !== "");
  const pieceIds = toSet(criteria.pieceIds);
  const instruments = toSet(criteria.instruments);
  const types = toSet(criteria.types);
  const tags = toSet(criteria.tags);

  return (entry) => {
    if (entry._deleted) return false;
    if (criteria.fromDate !== undefined && entry.localDate < criteria.fromDate) return false;
    if (criteria.toDate !== undefined && entry.localDate > criteria.toDate) return false;
    if (pieceIds && !entry.pieces.some((piece) => pieceIds.has(piece.pieceId))) return false;
    if (composer !== undefined && !entry.pieces.some((piece) => composerPieceIds.has(piece.pieceId)))
      return false;
    if (instruments && !instruments.has(entry.instrument)) return false;
    if (types && !types.has(entry.type)) return false;
    if (tags && !entry.tags.some((tag) => tags.has(tag))) return false;
    if (words.length === 0) return true;
    const haystack = describeEntry(entry, pieceText);
    return words.every((word) => haystack.includes(word));
  };
}

function toSet<Value>(values: readonly Value[] | undefined): Set<Value> | undefined {
  return values === undefined || values.length === 0 ? undefined : new Set(values);
}

function describePiece(piece: PieceDoc): string {
  return normalizeText([piece.title, piece.composer ?? "", piece.catalogue ?? ""].join(" "));
}

function describeEntry(entry: PracticeEntryDoc, pieceText: ReadonlyMap<string, string>): string {
  const parts = [entry.notes, ...entry.tags, ...entry.techniques].map(normalizeText);
  for (const piece of entry.pieces) parts.push(pieceText.get(piece.pieceId) ?? "");
  return ` ${parts.join(" ")} `;
}
