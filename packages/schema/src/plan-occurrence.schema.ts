import { z } from "zod";
import {
  defineDocumentSchema,
  idSchema,
  instantSchema,
  localDateSchema,
  notesSchema,
  tempoBpmSchema,
} from "./base.schema";

/** `partial` (since version 1): the musician did some of the plan, a check-in of "partly". */
export const OccurrenceStatus = {
  scheduled: "scheduled",
  completed: "completed",
  partial: "partial",
  skipped: "skipped",
  expired: "expired",
} as const;
export type OccurrenceStatus = (typeof OccurrenceStatus)[keyof typeof OccurrenceStatus];

export const checkInResponseSchema = z.strictObject({
  prompt: z.string().trim().min(1).max(500),
  response: z.string().max(2000),
});

/** The tempo a musician reached on one plan segment at a check-in. */
export const segmentTempoSchema = z.strictObject({ segmentId: idSchema, tempoBpm: tempoBpmSchema });
export type SegmentTempo = z.infer<typeof segmentTempoSchema>;

/**
 * Version history: 0 — first shape; 1 — `partial` status, `note`, `segmentTempos` (both optional, so
 * a version-0 document is valid at version 1 unchanged).
 */
export const planOccurrenceSchemaVersion = 1;

/**
 * One scheduled instance of a plan on one local date; its id is derived from (planId, localDate) so
 * every device writes the same document. The entries it produced point at it through their
 * `planOccurrenceId`; `entryId` is the version-0 single link, kept for old documents.
 */
export const planOccurrenceContentSchema = z
  .strictObject({
    planId: idSchema,
    localDate: localDateSchema,
    scheduledStart: instantSchema,
    scheduledEnd: instantSchema,
    status: z.enum(OccurrenceStatus),
    checkInResponses: z.array(checkInResponseSchema).max(20),
    entryId: idSchema.optional(),
    note: notesSchema.optional(),
    segmentTempos: z.array(segmentTempoSchema).max(50).optional(),
  })
  .refine((occurrence) => occurrence.scheduledStart <= occurrence.scheduledEnd, {
    message: "scheduledEnd precedes scheduledStart",
    path: ["scheduledEnd"],
  });
export type PlanOccurrenceContent = z.infer<typeof planOccurrenceContentSchema>;

/**
 * A `plan_occurrences` document.
 *
 * @example
 * const occurrence: PlanOccurrenceDoc = planOccurrenceSchema.parse(row);
 */
export const planOccurrenceSchema = defineDocumentSchema(planOccurrenceContentSchema);
export type PlanOccurrenceDoc = z.infer<typeof planOccurrenceSchema>;
