import { z } from "zod";
import { defineDocumentSchema, idSchema, instantSchema, localDateSchema } from "./base.schema";

export const OccurrenceStatus = {
  scheduled: "scheduled",
  completed: "completed",
  skipped: "skipped",
  expired: "expired",
} as const;
export type OccurrenceStatus = (typeof OccurrenceStatus)[keyof typeof OccurrenceStatus];

export const checkInResponseSchema = z.strictObject({
  prompt: z.string().trim().min(1).max(500),
  response: z.string().max(2000),
});

export const planOccurrenceSchemaVersion = 0;

/** One scheduled instance of a plan; `entryId` links the practice entry that fulfilled it. */
export const planOccurrenceContentSchema = z
  .strictObject({
    planId: idSchema,
    localDate: localDateSchema,
    scheduledStart: instantSchema,
    scheduledEnd: instantSchema,
    status: z.enum(OccurrenceStatus),
    checkInResponses: z.array(checkInResponseSchema).max(20),
    entryId: idSchema.optional(),
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
