import { getDayOfWeek } from "@mirubato/domain";
import { type PieceDoc, type PracticePlanDoc, uuidv7 } from "@mirubato/schema";
import { useState } from "react";
import { useToday } from "../logbook/use-today";
import {
  createEmptyPlanFormValues,
  type PlanFormErrors,
  type PlanFormValues,
  toPlanContent,
  toPlanFormValues,
} from "./plan-form-values";
import { usePlanActions } from "./use-plans";

export type PlanEditorState =
  | { readonly mode: "closed" }
  | { readonly mode: "create"; readonly values: PlanFormValues }
  | { readonly mode: "edit"; readonly plan: PracticePlanDoc; readonly values: PlanFormValues };

/** Which plan the editor dialog shows, and the saves behind it. */
export function usePlanEditor(pieces: readonly PieceDoc[]) {
  const { today, timeZone } = useToday();
  const actions = usePlanActions();
  const [state, setState] = useState<PlanEditorState>({ mode: "closed" });
  const [isSaveFailed, setIsSaveFailed] = useState(false);
  const close = () => {
    setIsSaveFailed(false);
    setState({ mode: "closed" });
  };
  const save = async (values: PlanFormValues): Promise<PlanFormErrors | undefined> => {
    const existing = state.mode === "edit" ? state.plan : undefined;
    const result = toPlanContent(values, { timeZone, pieces, existing });
    if (!result.ok) return result.errors;
    const written =
      existing === undefined
        ? await actions.createPlan(result.content)
        : await actions.updatePlan(existing.id, result.content);
    setIsSaveFailed(written?.ok !== true);
    if (written?.ok === true) close();
    return undefined;
  };
  return {
    state,
    isSaveFailed,
    openCreate: () =>
      setState({ mode: "create", values: createEmptyPlanFormValues(today, getDayOfWeek(today), uuidv7) }),
    openEdit: (plan: PracticePlanDoc) => setState({ mode: "edit", plan, values: toPlanFormValues(plan) }),
    close,
    save,
    toggleArchived: (plan: PracticePlanDoc) =>
      void actions.updatePlan(plan.id, { status: plan.status === "active" ? "archived" : "active" }),
  };
}
