import { z } from "zod";
import {
  defineDocumentSchema,
  difficultySchema,
  instantSchema,
  instrumentSchema,
  labelSchema,
  nameSchema,
  tagsSchema,
  titleSchema,
} from "./base.schema";

export const ScoreSource = { upload: "upload", url: "url", images: "images" } as const;
export type ScoreSource = (typeof ScoreSource)[keyof typeof ScoreSource];

export const StylePeriod = {
  medieval: "medieval",
  renaissance: "renaissance",
  baroque: "baroque",
  classical: "classical",
  romantic: "romantic",
  modern: "modern",
  contemporary: "contemporary",
  other: "other",
} as const;
export type StylePeriod = (typeof StylePeriod)[keyof typeof StylePeriod];

/** Where the musician left off; page indexes are zero-based. */
export const readingStateSchema = z.strictObject({ pageIndex: z.int().min(0).max(9999) });

export const scoreSchemaVersion = 0;

/**
 * Library metadata the musician accepted. The file itself lives in the Scores worker under
 * `fileId`; `pageCount` is filled in once processing has counted the pages.
 */
export const scoreContentSchema = z.strictObject({
  title: titleSchema,
  subtitle: titleSchema.optional(),
  composer: nameSchema.optional(),
  catalogue: labelSchema.optional(),
  instrument: instrumentSchema.optional(),
  difficulty: difficultySchema.optional(),
  stylePeriod: z.enum(StylePeriod).optional(),
  key: z.string().trim().min(1).max(40).optional(),
  tags: tagsSchema,
  pageCount: z.int().min(1).max(500).optional(),
  fileId: z.string().min(1).max(128).optional(),
  source: z.enum(ScoreSource),
  isFavorite: z.boolean(),
  lastOpenedAt: instantSchema.optional(),
  readingState: readingStateSchema.optional(),
});
export type ScoreContent = z.infer<typeof scoreContentSchema>;

/**
 * A `scores` (library metadata) document.
 *
 * @example
 * const score: ScoreDoc = scoreSchema.parse(row);
 */
export const scoreSchema = defineDocumentSchema(scoreContentSchema);
export type ScoreDoc = z.infer<typeof scoreSchema>;
