import type { ScoreCollectionDoc, ScoreCollectionKind } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import type { DeepReadonly } from "rxdb";
import { useRepository } from "../../db/database-context";
import { useQuery } from "../../db/use-query";
import { useT } from "../../i18n/i18n-context";
import { useDeleteWithUndo } from "../logbook/use-restore-document";
import { moveItem } from "./reorder";

function asCollections(
  documents: readonly DeepReadonly<ScoreCollectionDoc>[],
): readonly ScoreCollectionDoc[] {
  return documents as readonly ScoreCollectionDoc[];
}

/** Setlists and collections (`score_collections`), by name, and the writes that change them. */
export function useScoreCollections() {
  const t = useT();
  const repository = useRepository();
  const deleteWithUndo = useDeleteWithUndo();
  const { documents, isLoading } = useQuery("score_collections", (found) =>
    found.find({ sort: [{ name: "asc" }] }),
  );
  const collections = useMemo(() => asCollections(documents), [documents]);
  const create = useCallback(
    (name: string, kind: ScoreCollectionKind) =>
      repository?.createDocument("score_collections", {
        name: name.trim(),
        kind,
        description: "",
        scoreIds: [],
      }),
    [repository],
  );
  const rename = useCallback(
    (list: ScoreCollectionDoc, name: string) =>
      repository?.updateDocument("score_collections", list.id, { name: name.trim() }),
    [repository],
  );
  const setScoreIds = useCallback(
    (list: ScoreCollectionDoc, scoreIds: string[]) =>
      repository?.updateDocument("score_collections", list.id, { scoreIds }),
    [repository],
  );
  const addScore = useCallback(
    (list: ScoreCollectionDoc, scoreId: string) =>
      list.scoreIds.includes(scoreId) ? undefined : setScoreIds(list, [...list.scoreIds, scoreId]),
    [setScoreIds],
  );
  const moveScore = useCallback(
    (list: ScoreCollectionDoc, index: number, offset: number) =>
      setScoreIds(list, moveItem(list.scoreIds, index, offset)),
    [setScoreIds],
  );
  const removeScore = useCallback(
    (list: ScoreCollectionDoc, scoreId: string) =>
      setScoreIds(
        list,
        list.scoreIds.filter((id) => id !== scoreId),
      ),
    [setScoreIds],
  );
  const remove = useCallback(
    (list: ScoreCollectionDoc) =>
      deleteWithUndo("score_collections", list.id, {
        deleted: t("scores.listDeleted"),
        deleteFailed: t("scores.saveFailed"),
        restoreFailed: t("scores.saveFailed"),
        undo: t("ui.undo"),
      }),
    [deleteWithUndo, t],
  );
  return { collections, isLoading, create, rename, addScore, moveScore, removeScore, remove };
}
