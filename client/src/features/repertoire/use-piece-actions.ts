import { createStatusChangePatch, planPieceMerge } from "@mirubato/domain";
import type { GoalDoc, PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { useCallback } from "react";
import { useRepository } from "../../db/database-context";
import { useT } from "../../i18n/i18n-context";
import { useDeleteWithUndo } from "../logbook/use-restore-document";
import { buildPieceContent, buildPieceFields, type PieceFormValues } from "./piece-form-values";

export type PieceActionResult = { readonly ok: true; readonly pieceId: string } | { readonly ok: false };

/**
 * Saving and merging pieces through the repository (local first). A status change appends to the
 * piece's status history. A merge repoints every entry and goal first and only then tombstones the
 * merged piece, so an interrupted merge loses nothing and running it again finishes it. A delete
 * leaves the entries pointing at the piece and offers "Undo", which brings the piece back whole.
 */
export function usePieceActions() {
  const repository = useRepository();
  const deleteWithUndo = useDeleteWithUndo();
  const t = useT();

  const savePiece = useCallback(
    async (values: PieceFormValues, existing?: PieceDoc): Promise<PieceActionResult> => {
      if (repository === undefined) return { ok: false };
      const nowIso = new Date().toISOString();
      if (existing === undefined) {
        const created = await repository.createDocument("pieces", buildPieceContent(values, nowIso));
        return created.ok ? { ok: true, pieceId: created.document.id } : { ok: false };
      }
      const statusPatch = createStatusChangePatch(existing, values.status, nowIso) ?? {};
      const updated = await repository.updateDocument("pieces", existing.id, {
        ...buildPieceFields(values),
        ...statusPatch,
      });
      return updated.ok ? { ok: true, pieceId: existing.id } : { ok: false };
    },
    [repository],
  );

  const mergePieces = useCallback(
    async (
      merged: PieceDoc,
      kept: PieceDoc,
      entries: readonly PracticeEntryDoc[],
      goals: readonly GoalDoc[],
    ): Promise<PieceActionResult> => {
      if (repository === undefined) return { ok: false };
      const plan = planPieceMerge(kept, merged, entries, goals);
      for (const { id, patch } of plan.entryPatches) {
        if (!(await repository.updateDocument("practice_entries", id, patch)).ok) return { ok: false };
      }
      for (const { id, patch } of plan.goalPatches) {
        if (!(await repository.updateDocument("goals", id, patch)).ok) return { ok: false };
      }
      if (!(await repository.updateDocument("pieces", kept.id, plan.keptPiecePatch)).ok) return { ok: false };
      const deleted = await repository.deleteDocument("pieces", plan.deletedPieceId);
      return deleted.ok ? { ok: true, pieceId: kept.id } : { ok: false };
    },
    [repository],
  );

  const deletePiece = useCallback(
    (piece: PieceDoc) =>
      deleteWithUndo("pieces", piece.id, {
        deleted: t("repertoire.deleted", { title: piece.title }),
        deleteFailed: t("repertoire.deleteFailed"),
        restoreFailed: t("repertoire.restoreFailed"),
        undo: t("ui.undo"),
      }),
    [deleteWithUndo, t],
  );

  return { savePiece, mergePieces, deletePiece };
}
