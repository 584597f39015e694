import { z } from "zod";

/**
 * Messages on the `mirubato-score-processing` queue. The producer is this worker (after an
 * upload commits); one discriminated union so a new message kind is a new member here.
 */
export const scoreFileUploadedSchema = z.object({
  type: z.literal("score_file.uploaded"),
  fileId: z.string().min(1).max(128),
  userId: z.string().min(1).max(128),
});

export const scoreMessageSchema = z.discriminatedUnion("type", [scoreFileUploadedSchema]);

export type ScoreMessage = z.infer<typeof scoreMessageSchema>;
