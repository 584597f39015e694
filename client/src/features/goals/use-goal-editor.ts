import type { GoalDoc } from "@mirubato/schema";
import { useState } from "react";
import {
  emptyGoalFormValues,
  type GoalFormErrors,
  type GoalFormValues,
  toGoalContent,
  toGoalFormValues,
  toGoalPatch,
} from "./goal-form-values";
import type { useGoals } from "./use-goals";

type GoalActions = Pick<ReturnType<typeof useGoals>, "createGoal" | "updateGoal" | "deleteGoal" | "createId">;

export type GoalEditorState =
  | { readonly mode: "closed" }
  | { readonly mode: "create"; readonly values: GoalFormValues }
  | { readonly mode: "edit"; readonly goal: GoalDoc; readonly values: GoalFormValues }
  | { readonly mode: "delete"; readonly goal: GoalDoc };

/** Which dialog the goals page shows, and the saves behind them. */
export function useGoalEditor(actions: GoalActions) {
  const [state, setState] = useState<GoalEditorState>({ mode: "closed" });
  const [isSaveFailed, setIsSaveFailed] = useState(false);
  const close = () => setState({ mode: "closed" });
  const save = async (values: GoalFormValues): Promise<GoalFormErrors | undefined> => {
    const existing = state.mode === "edit" ? state.goal : undefined;
    const result = toGoalContent(values, { existing, createId: actions.createId });
    if (!result.ok) return result.errors;
    const written =
      existing === undefined
        ? await actions.createGoal(result.content)
        : await actions.updateGoal(existing.id, toGoalPatch(result.content));
    setIsSaveFailed(written?.ok !== true);
    if (written?.ok === true) close();
    return undefined;
  };
  const confirmDelete = async () => {
    if (state.mode === "delete") await actions.deleteGoal(state.goal.id);
    close();
  };
  const toggleMilestone = (goal: GoalDoc, milestoneId: string) => {
    const milestones = goal.milestones.map((milestone) =>
      milestone.id === milestoneId ? { ...milestone, isDone: !milestone.isDone } : milestone,
    );
    void actions.updateGoal(goal.id, { milestones });
  };
  return {
    state,
    isSaveFailed,
    openCreate: () => setState({ mode: "create", values: emptyGoalFormValues }),
    openEdit: (goal: GoalDoc) => setState({ mode: "edit", goal, values: toGoalFormValues(goal) }),
    openDelete: (goal: GoalDoc) => setState({ mode: "delete", goal }),
    close,
    save,
    confirmDelete,
    toggleMilestone,
  };
}
