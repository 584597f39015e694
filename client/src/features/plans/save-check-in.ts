import { getOccurrenceWindow, getPlanOccurrenceId } from "@mirubato/domain";
import type { PlanOccurrenceDoc, PracticePlanDoc } from "@mirubato/schema";
import type { Repository, WriteResult } from "../../db/repository";
import { type CheckInFields, listChangedFields, toNewOccurrenceFields } from "./check-in-values";

export interface CheckInWrite {
  readonly plan: PracticePlanDoc;
  readonly localDate: string;
  /** What the form opened with; only fields that differ from it are written. */
  readonly before: CheckInFields;
  readonly fields: CheckInFields;
}

/**
 * Writes a check-in into the day's occurrence — only the fields changed from `before` — creating
 * it under its deterministic id if no device has yet. Two devices checking in the same day thus
 * write one document, which the field-level merge converges: one device's status, the other's note.
 *
 * @example
 * await saveOccurrenceCheckIn(repository, { plan, localDate: "2026-03-02", before, fields });
 */
export async function saveOccurrenceCheckIn(
  repository: Repository,
  { plan, localDate, before, fields }: CheckInWrite,
): Promise<WriteResult<PlanOccurrenceDoc>> {
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
}
