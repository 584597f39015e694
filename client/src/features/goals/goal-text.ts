/**
 * What a goal card says: its target and its progress, as message keys with parameters, so the
 * words stay in the message files and the numbers in the locale's formats.
 */
import type { GoalProgress } from "@mirubato/domain";
import type { GoalDoc, PieceStatus } from "@mirubato/schema";
import type { MessageKey } from "../../i18n/messages/en";
import type { MessageParams } from "../../i18n/translate";

export interface GoalText {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

export interface GoalTextFormat {
  readonly formatDuration: (durationSec: number) => string;
  readonly formatNumber: (value: number) => string;
  readonly formatLocalDate: (localDate: string) => string;
  readonly formatPieceStatus: (status: PieceStatus) => string;
  /** The piece's title, or the words for a removed piece. */
  readonly pieceTitle: string;
}

const pieceSteps = ["planned", "learning", "polished", "performance_ready"] as const;

function periodOf(goal: GoalDoc): "day" | "week" | "month" {
  return goal.period === "until_date" ? "week" : goal.period;
}

/**
 * @example
 * describeGoalTarget(weeklyMinutesGoal, format); // { key: "goals.target.practice_time.week", params: { duration: "2 hr" } }
 */
export function describeGoalTarget(goal: GoalDoc, targetValue: number, format: GoalTextFormat): GoalText {
  // Plural messages take the number itself: they choose the form and format it for the locale.
  const count = targetValue;
  switch (goal.kind) {
    case "practice_time":
      return {
        key: `goals.target.practice_time.${periodOf(goal)}`,
        params: { duration: format.formatDuration(targetValue * 60) },
      };
    case "sessions":
      return { key: `goals.target.sessions.${periodOf(goal)}`, params: { count } };
    case "custom":
      return goal.milestones.length > 0
        ? { key: "goals.target.milestones", params: { count } }
        : { key: `goals.target.custom.${periodOf(goal)}`, params: { count } };
    case "piece_status":
      return {
        key: "goals.target.pieceStatus",
        params: {
          piece: format.pieceTitle,
          status: format.formatPieceStatus(goal.targetStatus ?? "performance_ready"),
          date: format.formatLocalDate(goal.targetDate ?? ""),
        },
      };
    case "tempo": {
      const params = { piece: format.pieceTitle, tempo: format.formatNumber(targetValue) };
      return goal.targetDate === undefined
        ? { key: "goals.target.tempo", params }
        : {
            key: "goals.target.tempoBy",
            params: { ...params, date: format.formatLocalDate(goal.targetDate) },
          };
    }
  }
}

/**
 * @example
 * describeGoalProgress(goal, progress, format); // { key: "goals.progress.practice_time", params: { current: "45 min", target: "2 hr" } }
 */
export function describeGoalProgress(
  goal: GoalDoc,
  progress: GoalProgress,
  format: GoalTextFormat,
): GoalText {
  switch (goal.kind) {
    case "practice_time":
      return {
        key: "goals.progress.practice_time",
        params: {
          current: format.formatDuration(progress.currentValue * 60),
          target: format.formatDuration(progress.targetValue * 60),
        },
      };
    case "tempo":
      return {
        key: "goals.progress.tempo",
        params: {
          current: format.formatNumber(progress.currentValue),
          target: format.formatNumber(progress.targetValue),
        },
      };
    case "piece_status":
      return {
        key: "goals.progress.pieceStatus",
        params: { status: format.formatPieceStatus(pieceSteps[progress.currentValue] ?? "planned") },
      };
    default:
      return {
        key: "goals.progress.count",
        params: {
          current: format.formatNumber(progress.currentValue),
          target: format.formatNumber(progress.targetValue),
        },
      };
  }
}
