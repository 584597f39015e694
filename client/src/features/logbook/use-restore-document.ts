import type { CollectionName } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useDatabase, useRepository } from "../../db/database-context";
import { createDeviceClock } from "../../db/device-clock";
import { createDocumentRestorer, type RestoreDocument } from "../../db/restore-document";
import { useToast } from "../../ui/toast";

/**
 * The undo of a delete, bound to the open database, or `undefined` while it opens. Its clock is
 * another instance over this browser's saved clock state, which every instance catches up with
 * before each tick, so its stamps never repeat or go back behind the repository's.
 */
export function useRestoreDocument(): RestoreDocument | undefined {
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  return useMemo(
    () =>
      database === undefined
        ? undefined
        : createDocumentRestorer(database, createDeviceClock(window.localStorage)),
    [database],
  );
}

/** What the toasts of a delete say, already translated. */
export interface DeleteMessages {
  readonly deleted: string;
  readonly deleteFailed: string;
  readonly restoreFailed: string;
  readonly undo: string;
}

/**
 * Deletes a document (a stamped tombstone) and shows a toast with "Undo", which restores it whole
 * with `restoreDocument`. Resolves to whether the delete was written.
 *
 * @example
 * const deleteWithUndo = useDeleteWithUndo();
 * await deleteWithUndo("goals", goal.id, messages);
 */
export function useDeleteWithUndo() {
  const repository = useRepository();
  const restoreDocument = useRestoreDocument();
  const toast = useToast();
  return useCallback(
    async (collection: CollectionName, id: string, messages: DeleteMessages): Promise<boolean> => {
      const deleted = await repository?.deleteDocument(collection, id);
      if (deleted?.ok !== true) {
        toast.show({ message: messages.deleteFailed });
        return false;
      }
      const restore = async () => {
        const restored = await restoreDocument?.(collection, id);
        if (restored?.ok !== true) toast.show({ message: messages.restoreFailed });
      };
      toast.show({
        message: messages.deleted,
        action: { label: messages.undo, onAction: () => void restore() },
      });
      return true;
    },
    [repository, restoreDocument, toast],
  );
}
