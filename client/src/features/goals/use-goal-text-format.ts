import type { PieceDoc, PieceStatus } from "@mirubato/schema";
import { useCallback } from "react";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import type { GoalTextFormat } from "./goal-text";

/** The locale's formats for a goal card, given the goal's piece (if any). */
export function useGoalTextFormat(): (piece: PieceDoc | undefined) => GoalTextFormat {
  const t = useT();
  const { formatDuration, formatNumber, formatLocalDate } = useFormatters();
  return useCallback(
    (piece) => ({
      formatDuration,
      formatNumber,
      formatLocalDate: (localDate: string) => formatLocalDate(localDate, "medium"),
      formatPieceStatus: (status: PieceStatus) => t(`goals.status.${status}`),
      pieceTitle: piece?.title ?? t("goals.target.unknownPiece"),
    }),
    [t, formatDuration, formatNumber, formatLocalDate],
  );
}
