import type { GoalDoc, PieceContent, PieceDoc, PracticeEntryDoc } from "@mirubato/schema";

/** One piece reference inside an entry. */
export type PracticedPiece = PracticeEntryDoc["pieces"][number];

/** The writes that merge one piece into another; the caller stamps and saves each. */
export interface PieceMergePlan {
  entryPatches: { id: string; patch: { pieces: PracticedPiece[] } }[];
  goalPatches: { id: string; patch: { pieceId: string } }[];
  /** Scores and links of the merged piece join the kept one's. */
  keptPiecePatch: Pick<PieceContent, "scoreIds" | "links">;
  /** The merged piece becomes a tombstone. */
  deletedPieceId: string;
}

/**
 * Plans merging piece `mergedPiece` into `keptPiece`: every live entry and goal that refers to the
 * merged piece is repointed to the kept one. An entry that had both lists the kept piece once, with
 * the higher of the two tempos reached. Entries untouched by the merge get no patch.
 *
 * @example
 * const plan = planPieceMerge(keptPiece, mergedPiece, entries, goals);
 * for (const { id, patch } of plan.entryPatches) await entries.update(id, patch);
 */
export function planPieceMerge(
  keptPiece: PieceDoc,
  mergedPiece: PieceDoc,
  entries: readonly PracticeEntryDoc[],
  goals: readonly GoalDoc[],
): PieceMergePlan {
  const entryPatches: PieceMergePlan["entryPatches"] = [];
  for (const entry of entries) {
    if (entry._deleted || !entry.pieces.some((piece) => piece.pieceId === mergedPiece.id)) continue;
    entryPatches.push({
      id: entry.id,
      patch: { pieces: repointPieces(entry.pieces, mergedPiece.id, keptPiece.id) },
    });
  }
  const goalPatches = goals
    .filter((goal) => !goal._deleted && goal.pieceId === mergedPiece.id)
    .map((goal) => ({ id: goal.id, patch: { pieceId: keptPiece.id } }));
  const linkUrls = new Set(keptPiece.links.map((link) => link.url));
  return {
    entryPatches,
    goalPatches,
    keptPiecePatch: {
      scoreIds: [...new Set([...keptPiece.scoreIds, ...mergedPiece.scoreIds])].slice(0, 50),
      links: [...keptPiece.links, ...mergedPiece.links.filter((link) => !linkUrls.has(link.url))].slice(
        0,
        20,
      ),
    },
    deletedPieceId: mergedPiece.id,
  };
}

function repointPieces(pieces: readonly PracticedPiece[], fromId: string, toId: string): PracticedPiece[] {
  const result: PracticedPiece[] = [];
  const indexById = new Map<string, number>();
  for (const piece of pieces) {
    const pieceId = piece.pieceId === fromId ? toId : piece.pieceId;
    const existingIndex = indexById.get(pieceId);
    const existing = existingIndex === undefined ? undefined : result[existingIndex];
    if (existingIndex === undefined || existing === undefined) {
      indexById.set(pieceId, result.length);
      result.push({ ...piece, pieceId });
      continue;
    }
    const tempoBpm = Math.max(existing.tempoBpm ?? 0, piece.tempoBpm ?? 0);
    if (tempoBpm > 0) result[existingIndex] = { pieceId, tempoBpm };
  }
  return result;
}
