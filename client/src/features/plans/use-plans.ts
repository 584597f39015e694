import type { PlanOccurrenceDoc, PracticePlanContent, PracticePlanDoc } from "@mirubato/schema";
import { useCallback, useMemo } from "react";
import { useRepository } from "../../db/database-context";
import type { PatchOf, WriteResult } from "../../db/repository";
import { useQuery } from "../../db/use-query";
import type { CheckInFields } from "./check-in-values";
import { saveOccurrenceCheckIn } from "./save-check-in";

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
  const saveCheckIn = useCallback(
    async (
      plan: PracticePlanDoc,
      localDate: string,
      before: CheckInFields,
      fields: CheckInFields,
    ): OccurrenceWrite =>
      repository === undefined
        ? undefined
        : saveOccurrenceCheckIn(repository, { plan, localDate, before, fields }),
    [repository],
  );
  return { createPlan, updatePlan, saveCheckIn };
}
