import { getOccurrenceWindow, getPlanOccurrenceId } from "@mirubato/domain";
import type { PlanOccurrenceDoc, PracticePlanContent, PracticePlanDoc } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useRepository } from "../../db/database-context";
import type { PatchOf, WriteResult } from "../../db/repository";
import { useQuery } from "../../db/use-query";
import { type CheckInFields, listChangedFields, toNewOccurrenceFields } from "./check-in-values";

/**
 * Every plan and every written occurrence, live from the local database. RxDB hands out read-only
 * JSON; the domain functions take the schema types and never mutate them.
 */
export function usePlans() {
  const planQuery = useQuery("practice_plans", (plans) => plans.find({ sort: [{ id: "asc" }] }));
  const occurrenceQuery = useQuery("plan_occurrences", (occurrences) =>
    occurrences.find({ sort: [{ id: "asc" }] }),
  );
  return useMemo(
    () => ({
      plans: planQuery.documents as readonly PracticePlanDoc[],
      occurrences: occurrenceQuery.documents as readonly PlanOccurrenceDoc[],
      isLoading: planQuery.isLoading || occurrenceQuery.isLoading,
    }),
    [planQuery, occurrenceQuery],
  );
}

type OccurrenceWrite = Promise<WriteResult<PlanOccurrenceDoc> | undefined>;

/** The writes plans make: create, edit, archive, and check in on a day. All local, all offline. */
export function usePlanActions() {
  const repository = useRepository();
  const createPlan = useCallback(
    (content: PracticePlanContent) => repository?.createDocument("practice_plans", content),
    [repository],
  );
  const updatePlan = useCallback(
    (id: string, patch: PatchOf<"practice_plans">) => repository?.updateDocument("practice_plans", id, patch),
    [repository],
  );
  /**
   * Writes the check-in into the day's occurrence — only the fields changed from `before`, what
   * the form opened with — creating it under its deterministic id if no device has yet. Two
   * devices checking in the same day thus write one document, which the field-level merge
   * converges.
   */
  const saveCheckIn = useCallback(
    async (
      plan: PracticePlanDoc,
      localDate: string,
      before: CheckInFields,
      fields: CheckInFields,
    ): OccurrenceWrite => {
      if (repository === undefined) return undefined;
      const id = getPlanOccurrenceId(plan.id, localDate);
      const patch = Object.fromEntries(listChangedFields(before, fields).map((key) => [key, fields[key]]));
      // Saving an unchanged form still confirms the day with its status.
      const confirmed = Object.keys(patch).length === 0 ? { status: fields.status } : patch;
      const update = () => repository.updateDocument("plan_occurrences", id, confirmed);
      const updated = await update();
      if (updated.ok || updated.error.code !== "not_found") return updated;
      const content = {
        planId: plan.id,
        localDate,
        ...getOccurrenceWindow(plan, localDate),
        ...toNewOccurrenceFields(fields),
      };
      try {
        return await repository.createDocument("plan_occurrences", content, { id });
      } catch (error) {
        // Another device's copy was pulled in between the two writes: same id by design, so the
        // check-in goes into that document instead. Anything else is a real failure.
        const retried = await update();
        if (retried.ok) return retried;
        throw error;
      }
    },
    [repository],
  );
  return { createPlan, updatePlan, saveCheckIn };
}
