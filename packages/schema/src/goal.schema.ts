import { z } from "zod";
import { defineDocumentSchema, idSchema, localDateSchema, titleSchema } from "./base.schema";
import { PieceStatus } from "./piece.schema";

export const GoalKind = {
  practiceTime: "practice_time",
  sessions: "sessions",
  pieceStatus: "piece_status",
  tempo: "tempo",
  custom: "custom",
} as const;
export type GoalKind = (typeof GoalKind)[keyof typeof GoalKind];

export const GoalUnit = { minutes: "minutes", sessions: "sessions", bpm: "bpm", count: "count" } as const;
export type GoalUnit = (typeof GoalUnit)[keyof typeof GoalUnit];

export const GoalPeriod = { day: "day", week: "week", month: "month", untilDate: "until_date" } as const;
export type GoalPeriod = (typeof GoalPeriod)[keyof typeof GoalPeriod];

export const GoalStatus = {
  active: "active",
  paused: "paused",
  completed: "completed",
  abandoned: "abandoned",
} as const;
export type GoalStatus = (typeof GoalStatus)[keyof typeof GoalStatus];

export const milestoneSchema = z.strictObject({
  id: idSchema,
  title: titleSchema,
  targetDate: localDateSchema.optional(),
  isDone: z.boolean(),
});

export const goalSchemaVersion = 0;

/** What a goal form edits. `targetStatus` applies to `piece_status` goals. */
export const goalContentSchema = z.strictObject({
  title: titleSchema,
  kind: z.enum(GoalKind),
  targetValue: z.number().min(0).max(1_000_000),
  targetUnit: z.enum(GoalUnit),
  targetStatus: z.enum(PieceStatus).optional(),
  period: z.enum(GoalPeriod),
  pieceId: idSchema.optional(),
  targetDate: localDateSchema.optional(),
  status: z.enum(GoalStatus),
  milestones: z.array(milestoneSchema).max(50),
});
export type GoalContent = z.infer<typeof goalContentSchema>;

/**
 * A `goals` document.
 *
 * @example
 * const goal: GoalDoc = goalSchema.parse(row);
 */
export const goalSchema = defineDocumentSchema(goalContentSchema);
export type GoalDoc = z.infer<typeof goalSchema>;
