import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { computePieceStats } from "../repertoire/piece-stats";
import { type CsvValue, formatCsv } from "./csv-format";

const listSeparator = "; ";

/**
 * The logbook as CSV, one row per live entry, oldest first; pieces appear by title and by id.
 *
 * @example
 * const csv = exportEntriesCsv(entries, pieces, { withBom: true });
 */
export function exportEntriesCsv(
  entries: readonly PracticeEntryDoc[],
  pieces: readonly PieceDoc[],
  options: { withBom?: boolean } = {},
): string {
  const titles = new Map(pieces.map((piece) => [piece.id, piece.title]));
  const header = [
    "id",
    "startedAt",
    "localDate",
    "timeZone",
    "durationSec",
    "type",
    "instrument",
    "pieces",
    "pieceIds",
    "tempoBpm",
    "techniques",
    "mood",
    "notes",
    "tags",
    "source",
  ];
  const rows = entries
    .filter((entry) => !entry._deleted)
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
    .map((entry): CsvValue[] => [
      entry.id,
      entry.startedAt,
      entry.localDate,
      entry.timeZone,
      entry.durationSec,
      entry.type,
      entry.instrument,
      entry.pieces.map((piece) => titles.get(piece.pieceId) ?? "").join(listSeparator),
      entry.pieces.map((piece) => piece.pieceId).join(listSeparator),
      entry.pieces.map((piece) => piece.tempoBpm ?? "").join(listSeparator),
      entry.techniques.join(listSeparator),
      entry.mood,
      entry.notes,
      entry.tags.join(listSeparator),
      entry.source,
    ]);
  return formatCsv(header, rows, options);
}

/**
 * The repertoire as CSV, one row per live piece, with its practice totals from the entries.
 *
 * @example
 * const csv = exportPiecesCsv(pieces, entries);
 */
export function exportPiecesCsv(
  pieces: readonly PieceDoc[],
  entries: readonly PracticeEntryDoc[],
  options: { withBom?: boolean } = {},
): string {
  const stats = computePieceStats(entries);
  const header = [
    "id",
    "title",
    "composer",
    "catalogue",
    "instrument",
    "status",
    "difficulty",
    "targetTempoBpm",
    "totalSec",
    "sessionCount",
    "lastPractisedDate",
    "notes",
    "links",
  ];
  const rows = pieces
    .filter((piece) => !piece._deleted)
    .map((piece): CsvValue[] => [
      piece.id,
      piece.title,
      piece.composer,
      piece.catalogue,
      piece.instrument,
      piece.status,
      piece.difficulty,
      piece.targetTempoBpm,
      stats.get(piece.id)?.totalSec ?? 0,
      stats.get(piece.id)?.sessionCount ?? 0,
      stats.get(piece.id)?.lastPractisedDate,
      piece.notes,
      piece.links.map((link) => link.url).join(listSeparator),
    ]);
  return formatCsv(header, rows, options);
}
