import type { PracticeEntryDoc } from "@mirubato/schema";
import { useCallback } from "react";
import { useRepository } from "../../db/database-context";
import type { WriteError } from "../../db/repository";
import { useT } from "../../i18n/i18n-context";
import { createNewPieceContent } from "../repertoire/piece-form-values";
import { toEntryPatch } from "./entry-content";
import { buildEntryContent, type EntryFormBase, type EntryFormValues } from "./entry-form-values";
import { useDeleteWithUndo } from "./use-restore-document";

export type SaveEntryResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: WriteError | "not_ready" };

/**
 * Saving and deleting entries, all local (RxDB through the repository); sync sends them later.
 * New pieces typed in the form are created in the repertoire first, so the entry refers to them
 * by id. A delete writes a tombstone and offers "Undo", which clears the tombstone with a fresh
 * stamp (`restoreDocument`), so the restore wins over the delete on every device and keeps the
 * entry exactly as it was, edits from other devices included.
 */
export function useEntryActions() {
  const repository = useRepository();
  const t = useT();
  const deleteWithUndo = useDeleteWithUndo();

  const saveEntry = useCallback(
    async (values: EntryFormValues, base: EntryFormBase, editingId?: string): Promise<SaveEntryResult> => {
      if (repository === undefined) return { ok: false, error: "not_ready" };
      const newPieceIds = new Map<string, string>();
      for (const piece of values.pieces) {
        if (piece.kind !== "new") continue;
        const content = createNewPieceContent(
          piece.title,
          piece.composer,
          values.instrument,
          new Date().toISOString(),
        );
        const created = await repository.createDocument("pieces", content);
        if (!created.ok) return { ok: false, error: created.error };
        newPieceIds.set(piece.key, created.document.id);
      }
      const content = buildEntryContent(values, base, newPieceIds);
      const result =
        editingId === undefined
          ? await repository.createDocument("practice_entries", content)
          : await repository.updateDocument("practice_entries", editingId, toEntryPatch(content));
      return result.ok ? { ok: true } : { ok: false, error: result.error };
    },
    [repository],
  );

  const deleteEntry = useCallback(
    (entry: PracticeEntryDoc) =>
      deleteWithUndo("practice_entries", entry.id, {
        deleted: t("logbook.deleted"),
        deleteFailed: t("logbook.deleteFailed"),
        restoreFailed: t("logbook.restoreFailed"),
        undo: t("ui.undo"),
      }),
    [deleteWithUndo, t],
  );

  return { saveEntry, deleteEntry, isReady: repository !== undefined };
}
