import type { GoalDoc, PieceDoc, PieceStatus, PracticeEntryDoc } from "@mirubato/schema";
import { getPieceShares } from "../entries/piece-shares";
import { findStatusReachedAt, isStatusAtLeast } from "../repertoire/status-history";
import { getLocalDate } from "../time/local-date";
import { getGoalPeriod, type LocalDateRange, type MusicianCalendar } from "./goal-period";

export interface GoalProgress {
  goalId: string;
  currentValue: number;
  targetValue: number;
  /** currentValue / targetValue, between 0 and 1. */
  ratio: number;
  isMet: boolean;
  /** The dates counted, for period goals. */
  period?: LocalDateRange;
}

export interface GoalContext extends MusicianCalendar {
  entries: readonly PracticeEntryDoc[];
  pieces: readonly PieceDoc[];
}

/**
 * A goal's live progress from the logbook. practice_time: minutes in the current period (only the
 * goal's piece's share when it names one); sessions: entries in the period; piece_status: the
 * piece's status on the way to the target status, met only if reached by the target date; tempo:
 * the best tempo noted for the piece against the goal's value (or the piece's target tempo when
 * the goal's is 0); custom: milestones done, or else entries linked to the goal in the period.
 *
 * @example
 * computeGoalProgress(goal, { entries, pieces, today: "2026-03-04", weekStartDay: 1, timeZone: "Europe/Paris" }).ratio;
 */
export function computeGoalProgress(goal: GoalDoc, context: GoalContext): GoalProgress {
  switch (goal.kind) {
    case "practice_time":
    case "sessions":
    case "custom":
      return computePeriodProgress(goal, context);
    case "piece_status":
      return computePieceStatusProgress(goal, context);
    case "tempo":
      return computeTempoProgress(goal, context);
  }
}

function toProgress(
  goalId: string,
  currentValue: number,
  targetValue: number,
  isMet?: boolean,
): GoalProgress {
  const ratio = targetValue <= 0 ? (currentValue > 0 ? 1 : 0) : Math.min(1, currentValue / targetValue);
  return {
    goalId,
    currentValue,
    targetValue,
    ratio,
    isMet: isMet ?? (targetValue > 0 && currentValue >= targetValue),
  };
}

function computePeriodProgress(goal: GoalDoc, context: GoalContext): GoalProgress {
  if (goal.kind === "custom" && goal.milestones.length > 0) {
    const doneCount = goal.milestones.filter((milestone) => milestone.isDone).length;
    return toProgress(goal.id, doneCount, goal.milestones.length);
  }
  const period = getGoalPeriod(goal, context);
  const isMinutes = goal.targetUnit === "minutes";
  let totalSec = 0;
  let count = 0;
  for (const entry of context.entries) {
    if (entry._deleted || entry.localDate < period.fromDate || entry.localDate > period.toDate) continue;
    if (goal.kind === "custom" && !entry.goalIds.includes(goal.id)) continue;
    if (goal.pieceId === undefined) {
      totalSec += entry.durationSec;
      count++;
      continue;
    }
    const share = getPieceShares(entry).find((candidate) => candidate.pieceId === goal.pieceId);
    if (share === undefined) continue;
    totalSec += share.durationSec;
    count++;
  }
  const currentValue = isMinutes ? Math.floor(totalSec / 60) : count;
  return { ...toProgress(goal.id, currentValue, goal.targetValue), period };
}

function computePieceStatusProgress(goal: GoalDoc, context: GoalContext): GoalProgress {
  const piece = context.pieces.find((candidate) => candidate.id === goal.pieceId && !candidate._deleted);
  const target = goal.targetStatus ?? "performance_ready";
  const steps: readonly PieceStatus[] = ["planned", "learning", "polished", "performance_ready"];
  const targetValue = Math.max(1, steps.indexOf(target));
  if (piece === undefined) return toProgress(goal.id, 0, targetValue, false);
  const currentValue = Math.max(0, steps.indexOf(piece.status));
  const reachedAt = findStatusReachedAt(piece, target);
  const reachedDate =
    reachedAt === undefined ? undefined : getLocalDate(Date.parse(reachedAt), context.timeZone);
  const isReached =
    reachedDate !== undefined || (piece.statusHistory.length === 0 && isStatusAtLeast(piece.status, target));
  const isInTime =
    goal.targetDate === undefined || reachedDate === undefined || reachedDate <= goal.targetDate;
  return toProgress(
    goal.id,
    isReached ? Math.max(currentValue, targetValue) : currentValue,
    targetValue,
    isReached && isInTime,
  );
}

function computeTempoProgress(goal: GoalDoc, context: GoalContext): GoalProgress {
  const piece = context.pieces.find((candidate) => candidate.id === goal.pieceId);
  const targetValue = goal.targetValue > 0 ? goal.targetValue : (piece?.targetTempoBpm ?? 0);
  let bestTempoBpm = 0;
  for (const entry of context.entries) {
    if (entry._deleted) continue;
    for (const practised of entry.pieces) {
      if (practised.pieceId === goal.pieceId && (practised.tempoBpm ?? 0) > bestTempoBpm) {
        bestTempoBpm = practised.tempoBpm ?? 0;
      }
    }
  }
  return toProgress(goal.id, bestTempoBpm, targetValue);
}
