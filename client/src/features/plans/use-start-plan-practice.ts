import type { PracticePlanDoc } from "@mirubato/schema";
import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTimerStore } from "../timer/timer-context";

/**
 * Starts the practice timer for a plan's occurrence, prefilled with the plan's pieces and
 * techniques, and opens the timer; the entry saved from it links back to the occurrence.
 */
export function useStartPlanPractice(): (plan: PracticePlanDoc, occurrenceId: string) => void {
  const timer = useTimerStore();
  const navigate = useNavigate();
  return useCallback(
    (plan, occurrenceId) => {
      const pieceIds = [...new Set(plan.segments.flatMap((segment) => segment.pieceIds))];
      const techniques = [...new Set(plan.segments.flatMap((segment) => segment.techniques))];
      timer.startForPlan({ planOccurrenceId: occurrenceId, planTitle: plan.title, pieceIds, techniques });
      void navigate({ to: "/practice" });
    },
    [timer, navigate],
  );
}
