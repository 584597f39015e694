import {
  collectPractisedDates,
  computeGoalProgress,
  computeStreaks,
  type GoalProgress,
  listMilestones,
  type Milestone,
  type StreakSummary,
} from "@mirubato/domain";
import { type GoalContent, type GoalDoc, type PieceDoc, uuidv7 } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useRepository } from "../../db/database-context";
import type { PatchOf } from "../../db/repository";
import { useQuery } from "../../db/use-query";
import { useT } from "../../i18n/i18n-context";
import { useEntries, usePieces } from "../logbook/use-practice-data";
import { useDeleteWithUndo } from "../logbook/use-restore-document";
import { useSettings } from "../settings/use-settings";
import { useToday } from "../settings/use-today";

export interface GoalWithProgress {
  readonly goal: GoalDoc;
  readonly progress: GoalProgress;
  readonly piece: PieceDoc | undefined;
}

/**
 * The goals page's data, live from the local database: each goal with its progress computed from
 * the logbook, the forgiving streak, the milestones, and the writes the page makes.
 */
export function useGoals() {
  const { settings } = useSettings();
  const today = useToday(settings.timeZone);
  const repository = useRepository();
  const deleteWithUndo = useDeleteWithUndo();
  const t = useT();
  const goalQuery = useQuery("goals", (collection) => collection.find({ sort: [{ id: "asc" }] }));
  // Read-only JSON from RxDB; the domain functions take the schema type and never mutate it.
  const goals = goalQuery.documents as readonly GoalDoc[];
  const { entries, isLoading: isLoadingEntries } = useEntries();
  const { pieces } = usePieces();
  const calendar = useMemo(
    () => ({ today, weekStartDay: settings.weekStartDay, timeZone: settings.timeZone }),
    [today, settings.weekStartDay, settings.timeZone],
  );
  const items = useMemo<GoalWithProgress[]>(() => {
    const context = { ...calendar, entries, pieces };
    return goals.map((goal) => ({
      goal,
      progress: computeGoalProgress(goal, context),
      piece: pieces.find((piece) => piece.id === goal.pieceId),
    }));
  }, [goals, entries, pieces, calendar]);
  const streaks = useMemo<StreakSummary>(
    () => computeStreaks(collectPractisedDates(entries), today),
    [entries, today],
  );
  const milestones = useMemo<Milestone[]>(
    () => listMilestones(entries, streaks.longestDays),
    [entries, streaks.longestDays],
  );
  const createGoal = useCallback(
    (content: GoalContent) => repository?.createDocument("goals", content),
    [repository],
  );
  const updateGoal = useCallback(
    (id: string, patch: PatchOf<"goals">) => repository?.updateDocument("goals", id, patch),
    [repository],
  );
  /** Deletes with an "Undo" that brings the goal back whole (see `restoreDocument`). */
  const deleteGoal = useCallback(
    (id: string) =>
      deleteWithUndo("goals", id, {
        deleted: t("goals.deleted"),
        deleteFailed: t("goals.deleteFailed"),
        restoreFailed: t("goals.restoreFailed"),
        undo: t("ui.undo"),
      }),
    [deleteWithUndo, t],
  );
  return {
    items,
    streaks,
    milestones,
    pieces,
    isLoading: goalQuery.isLoading || isLoadingEntries,
    createId: uuidv7,
    createGoal,
    updateGoal,
    deleteGoal,
  };
}
