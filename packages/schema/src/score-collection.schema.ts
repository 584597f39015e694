import { z } from "zod";
import { defineDocumentSchema, idSchema, nameSchema, notesSchema } from "./base.schema";

export const ScoreCollectionKind = { collection: "collection", setlist: "setlist" } as const;
export type ScoreCollectionKind = (typeof ScoreCollectionKind)[keyof typeof ScoreCollectionKind];

export const scoreCollectionSchemaVersion = 0;

/** A named, ordered list of scores; the order of `scoreIds` is the setlist order. */
export const scoreCollectionContentSchema = z.strictObject({
  name: nameSchema,
  kind: z.enum(ScoreCollectionKind),
  description: notesSchema,
  scoreIds: z.array(idSchema).max(500),
});
export type ScoreCollectionContent = z.infer<typeof scoreCollectionContentSchema>;

/**
 * A `score_collections` document.
 *
 * @example
 * const setlist: ScoreCollectionDoc = scoreCollectionSchema.parse(row);
 */
export const scoreCollectionSchema = defineDocumentSchema(scoreCollectionContentSchema);
export type ScoreCollectionDoc = z.infer<typeof scoreCollectionSchema>;
