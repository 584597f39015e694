import type { ScoreDoc } from "@mirubato/schema";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { ApiError } from "../../api/api-error";
import { deleteScoreFile } from "../../api/scores-client";
import { useRepository } from "../../db/database-context";
import type { PatchOf } from "../../db/repository";
import { useQuery } from "../../db/use-query";
import { useLocale } from "../../i18n/i18n-context";
import { removeCachedScoreFile } from "../score-files/score-file-cache";
import {
  type LibraryFilters,
  type LibrarySortKey,
  libraryFacets,
  noLibraryFilters,
  viewLibrary,
} from "./library-view";

/** RxDB's read-only JSON goes to read-only view code as is (see logbook/use-practice-data.ts). */
function asScores(documents: readonly DeepReadonly<ScoreDoc>[]): readonly ScoreDoc[] {
  return documents as readonly ScoreDoc[];
}

/** Every live score, by title; all local, so the library works offline. */
export function useScores(): { scores: readonly ScoreDoc[]; isLoading: boolean } {
  const { documents, isLoading } = useQuery("scores", (scores) => scores.find({ sort: [{ title: "asc" }] }));
  return useMemo(() => ({ scores: asScores(documents), isLoading }), [documents, isLoading]);
}

/** The library list: scores searched, filtered and sorted as chosen, and the values to filter by. */
export function useScoreLibrary() {
  const locale = useLocale();
  const { scores, isLoading } = useScores();
  const [filters, setFilters] = useState<LibraryFilters>(noLibraryFilters);
  const [sortKey, setSortKey] = useState<LibrarySortKey>("title");
  const deferredFilters = useDeferredValue(filters);
  const visible = useMemo(
    () => viewLibrary(scores, deferredFilters, sortKey, locale),
    [scores, deferredFilters, sortKey, locale],
  );
  const facets = useMemo(() => libraryFacets(scores, locale), [scores, locale]);
  const changeFilters = useCallback(
    (change: Partial<LibraryFilters>) => setFilters((current) => ({ ...current, ...change })),
    [],
  );
  return { scores, visible, facets, isLoading, filters, changeFilters, sortKey, setSortKey };
}

export type ScoreDeleteResult = "deleted" | "file_kept" | "failed";

/** Writes to scores: favourite, edit, delete (with its file and its places in lists and pieces). */
export function useScoreActions() {
  const repository = useRepository();
  const { documents: collections } = useQuery("score_collections", (found) => found.find());
  const { documents: pieces } = useQuery("pieces", (found) => found.find());
  const { scores } = useScores();
  const toggleFavorite = useCallback(
    (score: ScoreDoc) => repository?.updateDocument("scores", score.id, { isFavorite: !score.isFavorite }),
    [repository],
  );
  const updateScore = useCallback(
    (id: string, patch: PatchOf<"scores">) => repository?.updateDocument("scores", id, patch),
    [repository],
  );
  /**
   * Deletes the score on every device (a tombstone), takes it out of setlists and pieces, then
   * forgets its file on this device and deletes it on the server. The file's delete cannot be undone, hence no "Undo" here.
   */
  const deleteScore = useCallback(
    async (score: ScoreDoc): Promise<ScoreDeleteResult> => {
      if (repository === undefined) return "failed";
      const deleted = await repository.deleteDocument("scores", score.id);
      if (!deleted.ok) return "failed";
      for (const list of collections.filter((found) => found.scoreIds.includes(score.id))) {
        await repository.updateDocument("score_collections", list.id, {
          scoreIds: list.scoreIds.filter((id) => id !== score.id),
        });
      }
      for (const piece of pieces.filter((found) => found.scoreIds.includes(score.id))) {
        await repository.updateDocument("pieces", piece.id, {
          scoreIds: piece.scoreIds.filter((id) => id !== score.id),
        });
      }
      // Another score made from the same bytes (the same file) still needs it.
      const isFileShared = scores.some((other) => other.id !== score.id && other.fileId === score.fileId);
      if (score.fileId === undefined || isFileShared) return "deleted";
      await removeCachedScoreFile(score.fileId);
      try {
        await deleteScoreFile(fetch, score.fileId);
        return "deleted";
      } catch (error) {
        if (error instanceof ApiError) return "file_kept";
        throw error;
      }
    },
    [repository, collections, pieces, scores],
  );
  return { toggleFavorite, updateScore, deleteScore };
}
