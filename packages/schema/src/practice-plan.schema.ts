import { z } from "zod";
import {
  defineDocumentSchema,
  idSchema,
  labelSchema,
  localDateSchema,
  localTimeSchema,
  notesSchema,
  tempoBpmSchema,
  timeZoneSchema,
  titleSchema,
} from "./base.schema";

export const RecurrenceFrequency = { daily: "daily", weekly: "weekly" } as const;
export type RecurrenceFrequency = (typeof RecurrenceFrequency)[keyof typeof RecurrenceFrequency];

export const PlanStatus = { active: "active", archived: "archived" } as const;
export type PlanStatus = (typeof PlanStatus)[keyof typeof PlanStatus];

const singleScheduleSchema = z.strictObject({
  kind: z.literal("single"),
  date: localDateSchema,
  startTime: localTimeSchema.optional(),
});

/** `daysOfWeek` uses 0 = Sunday … 6 = Saturday; `count` and `until` are mutually exclusive ends. */
const recurringScheduleSchema = z
  .strictObject({
    kind: z.literal("recurring"),
    frequency: z.enum(RecurrenceFrequency),
    interval: z.int().min(1).max(52),
    daysOfWeek: z.array(z.int().min(0).max(6)).max(7),
    startDate: localDateSchema,
    startTime: localTimeSchema.optional(),
    count: z.int().min(1).max(1000).optional(),
    until: localDateSchema.optional(),
  })
  .refine((schedule) => schedule.count === undefined || schedule.until === undefined, {
    message: "a recurrence ends by count or by date, not both",
  });

export const planScheduleSchema = z.discriminatedUnion("kind", [
  singleScheduleSchema,
  recurringScheduleSchema,
]);
export type PlanSchedule = z.infer<typeof planScheduleSchema>;

export const tempoTargetSchema = z.strictObject({ pieceId: idSchema.optional(), tempoBpm: tempoBpmSchema });

/** `startTempoBpm` (since version 1) is where the tempo ladder begins; `tempoTargets` where it ends. */
export const planSegmentSchema = z.strictObject({
  id: idSchema,
  label: labelSchema,
  minutes: z.int().min(1).max(600),
  pieceIds: z.array(idSchema).max(20),
  techniques: z.array(labelSchema).max(20),
  tempoTargets: z.array(tempoTargetSchema).max(20),
  startTempoBpm: tempoBpmSchema.optional(),
});
export type PlanSegment = z.infer<typeof planSegmentSchema>;

/** Version history: 0 — first shape; 1 — optional `segments[].startTempoBpm`. */
export const practicePlanSchemaVersion = 1;

/** What a plan editor edits; the time zone anchors the schedule's local dates and times. */
export const practicePlanContentSchema = z.strictObject({
  title: titleSchema,
  description: notesSchema,
  timeZone: timeZoneSchema,
  schedule: planScheduleSchema,
  segments: z.array(planSegmentSchema).max(50),
  reflectionPrompts: z.array(z.string().trim().min(1).max(500)).max(10),
  status: z.enum(PlanStatus),
});
export type PracticePlanContent = z.infer<typeof practicePlanContentSchema>;

/**
 * A `practice_plans` document.
 *
 * @example
 * const plan: PracticePlanDoc = practicePlanSchema.parse(row);
 */
export const practicePlanSchema = defineDocumentSchema(practicePlanContentSchema);
export type PracticePlanDoc = z.infer<typeof practicePlanSchema>;
