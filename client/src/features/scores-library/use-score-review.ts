import type { PieceDoc, ScoreFileRecord, ScoreSource } from "@mirubato/schema";
import { useCallback } from "react";
import { useRepository } from "../../db/database-context";
import { usePieces } from "../logbook/use-practice-data";
import { type ScoreFormValues, toNewScoreContent } from "./score-form-values";

/** Adds a score to a piece's linked scores, once, in the order linked. */
export function withLinkedScore(piece: Pick<PieceDoc, "scoreIds">, scoreId: string): string[] {
  return piece.scoreIds.includes(scoreId) ? [...piece.scoreIds] : [...piece.scoreIds, scoreId];
}

export interface ReviewedFile {
  readonly record: ScoreFileRecord;
  readonly source: ScoreSource;
}

/**
 * Saving a reviewed file: the one `scores` document it becomes, and its link to a repertoire
 * piece when one was chosen. Resolves to whether the score was written.
 */
export function useScoreReview() {
  const repository = useRepository();
  const { pieces } = usePieces();
  const save = useCallback(
    async (file: ReviewedFile, values: ScoreFormValues): Promise<boolean> => {
      if (repository === undefined) return false;
      const created = await repository.createDocument(
        "scores",
        toNewScoreContent(values, file.record, file.source),
      );
      if (!created.ok) return false;
      const piece = pieces.find((found) => found.id === values.pieceId);
      if (piece !== undefined) {
        await repository.updateDocument("pieces", piece.id, {
          scoreIds: withLinkedScore(piece, created.document.id),
        });
      }
      return true;
    },
    [repository, pieces],
  );
  return { pieces, save };
}
