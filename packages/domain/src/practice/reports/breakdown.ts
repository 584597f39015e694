import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { getPieceShares } from "../entries/piece-shares";
import { getComposerKey } from "../pieces/composer-names";
import { type DateRangeFilter, isEntryInRange } from "./date-range";

export type BreakdownDimension = "piece" | "composer" | "instrument" | "type" | "tag";

export interface BreakdownRow {
  /** Piece id, composer key, instrument, type or tag; null for time with no piece, composer or tag. */
  key: string | null;
  /** What to show: the piece's title, the composer as first written, or the key itself. */
  label: string;
  totalSec: number;
  sessionCount: number;
}

/**
 * Practice time broken down by piece, composer, instrument, type or tag over a date range, largest
 * first. Pieces (and so composers) get their equal share of each entry (`getPieceShares`), so the
 * rows add up to the total. Tags describe the whole session: each tag gets the entry's full time,
 * and the tag rows may add up to more than the total.
 *
 * @example
 * computeBreakdown(entries, pieces, "composer", { fromDate: "2026-01-01" })[0]?.label; // "Chopin"
 */
export function computeBreakdown(
  entries: readonly PracticeEntryDoc[],
  pieces: readonly PieceDoc[],
  dimension: BreakdownDimension,
  range: DateRangeFilter = {},
): BreakdownRow[] {
  const rows = new Map<string | null, BreakdownRow>();
  const labels = new Map<string, string>();
  const keyByPieceId = new Map<string, string | null>();
  for (const piece of pieces) {
    const composerKey = piece.composer === undefined ? null : getComposerKey(piece.composer);
    keyByPieceId.set(piece.id, dimension === "piece" ? piece.id : composerKey);
    if (dimension === "piece") labels.set(piece.id, piece.title);
    else if (composerKey !== null && !labels.has(composerKey))
      labels.set(composerKey, piece.composer ?? composerKey);
  }
  // A piece missing from the repertoire (deleted, not yet synced) still counts under its id.
  const resolvePieceKey = (pieceId: string) =>
    keyByPieceId.get(pieceId) ?? (dimension === "piece" ? pieceId : null);
  const add = (key: string | null, durationSec: number, isNewSession: boolean) => {
    let row = rows.get(key);
    if (row === undefined) {
      row = { key, label: key === null ? "" : (labels.get(key) ?? key), totalSec: 0, sessionCount: 0 };
      rows.set(key, row);
    }
    row.totalSec += durationSec;
    if (isNewSession) row.sessionCount++;
  };
  for (const entry of entries) {
    if (!isEntryInRange(entry, range)) continue;
    if (dimension === "instrument") add(entry.instrument, entry.durationSec, true);
    else if (dimension === "type") add(entry.type, entry.durationSec, true);
    else if (dimension === "tag") addTags(entry, add);
    else addPieces(entry, resolvePieceKey, add);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.totalSec - a.totalSec ||
      Number(a.key === null) - Number(b.key === null) ||
      compareText(a.label, b.label),
  );
}

type AddToRow = (key: string | null, durationSec: number, isNewSession: boolean) => void;

function addTags(entry: PracticeEntryDoc, add: AddToRow): void {
  const { tags } = entry;
  if (tags.length === 0) add(null, entry.durationSec, true);
  // Allocation-free in the common case of at most one tag: this runs once per entry.
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index];
    if (tag !== undefined && tags.indexOf(tag) === index) add(tag, entry.durationSec, true);
  }
}

function addPieces(
  entry: PracticeEntryDoc,
  resolvePieceKey: (pieceId: string) => string | null,
  add: AddToRow,
): void {
  const shares = getPieceShares(entry);
  if (shares.length === 0) add(null, entry.durationSec, true);
  const keys: (string | null)[] = [];
  for (const share of shares) {
    const key = resolvePieceKey(share.pieceId);
    add(key, share.durationSec, !keys.includes(key));
    keys.push(key);
  }
}

/** Code-point order for ties: stable across runtimes and free of a collator's start-up cost. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
