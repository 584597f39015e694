import type { GoalDoc, PieceDoc, PracticeEntryDoc } from "@mirubato/schema";

/** The collections a practice export carries. */
export interface PracticeCollections {
  practice_entries: PracticeEntryDoc[];
  pieces: PieceDoc[];
  goals: GoalDoc[];
}

export const practiceExportFormat = "mirubato-export";
/** v1: practice_entries, pieces and goals as full synced documents (with their clocks). */
export const practiceExportVersion = 1;

export interface PracticeExport {
  format: typeof practiceExportFormat;
  version: typeof practiceExportVersion;
  exportedAt: string;
  collections: PracticeCollections;
}

/**
 * The JSON export envelope. Documents are kept whole, ids and clocks included, so importing the
 * file again (here or on another account) merges instead of duplicating. Tombstones are left out
 * unless asked for.
 *
 * @example
 * const json = JSON.stringify(createJsonExport({ practice_entries, pieces, goals }, new Date().toISOString()));
 */
export function createJsonExport(
  collections: {
    practice_entries: readonly PracticeEntryDoc[];
    pieces: readonly PieceDoc[];
    goals: readonly GoalDoc[];
  },
  exportedAt: string,
  options: { includeDeleted?: boolean } = {},
): PracticeExport {
  const keep = <Doc extends { _deleted: boolean }>(docs: readonly Doc[]) =>
    docs.filter((doc) => options.includeDeleted === true || !doc._deleted);
  return {
    format: practiceExportFormat,
    version: practiceExportVersion,
    exportedAt,
    collections: {
      practice_entries: keep(collections.practice_entries),
      pieces: keep(collections.pieces),
      goals: keep(collections.goals),
    },
  };
}
