import { z } from "zod";

/**
 * The dictionary's data and wire contract, shared by the worker (validating curated data,
 * generated entries and its own responses), the curated-data build and the client (parsing
 * responses and the offline pack).
 */

/** The six app languages: equivalents exist in each, and term pages are served in each. */
export const appLanguages = /** @type {const} */ (["en", "es", "fr", "de", "zh-CN", "zh-TW"]);
export const appLanguageSchema = z.enum(appLanguages);

export const termCategories = /** @type {const} */ ([
  "tempo",
  "dynamics",
  "articulation",
  "expression",
  "form",
  "genre",
  "instrument",
  "technique",
  "theory",
  "notation",
  "ornament",
  "period",
  "voice",
]);
export const termCategorySchema = z.enum(termCategories);

/** Languages a term comes from: ISO 639-1 codes, or "other". */
export const originLanguageSchema = z.string().regex(/^([a-z]{2}|other)$/);

const text = (/** @type {number} */ min, /** @type {number} */ max) => z.string().trim().min(min).max(max);

export const pronunciationSchema = z.strictObject({ ipa: text(1, 120), syllables: text(1, 120) });

export const equivalentsSchema = z.strictObject({
  en: text(1, 120),
  es: text(1, 120),
  fr: text(1, 120),
  de: text(1, 120),
  "zh-CN": text(1, 120),
  "zh-TW": text(1, 120),
});

/**
 * One entry of `data/curated/<category>.json`: the structure the worker relies on. Editorial
 * minimums (definition lengths, counts per category) are `data/validate-curated.mjs`'s job.
 */
export const curatedTermSchema = z.strictObject({
  term: text(1, 60),
  lang: originLanguageSchema,
  category: termCategorySchema,
  concise: text(1, 200),
  detailed: text(1, 1200),
  etymology: text(1, 400),
  pronunciation: pronunciationSchema,
  example: text(1, 300),
  equivalents: equivalentsSchema,
  related: z.array(text(1, 60)).min(1).max(5),
  references: z.array(text(1, 400)),
});
/** @typedef {z.infer<typeof curatedTermSchema>} CuratedTerm */

/** A search hit, a browse row, a suggestion: enough to list the entry and link to it. */
export const termSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  term: z.string(),
  lang: originLanguageSchema,
  category: termCategorySchema,
  concise: z.string(),
  /** The entry's name in the requested app language. */
  equivalent: z.string().optional(),
});
/** @typedef {z.infer<typeof termSummarySchema>} TermSummary */

export const relatedTermSchema = z.object({ term: z.string(), slug: z.string().nullable() });

export const provenanceSchema = z.object({
  source: z.enum(["curated", "generated", "editor"]),
  /** 0..1 for generated entries; null for curated ones. */
  confidence: z.number().min(0).max(1).nullable(),
  reviewed: z.boolean(),
  version: z.number().int().min(1),
});

/** The full entry: `GET /api/dictionary/terms/{term}`, and each term of the offline pack. */
export const termEntrySchema = termSummarySchema.extend({
  detailed: z.string().nullable(),
  etymology: z.string().nullable(),
  pronunciation: pronunciationSchema.nullable(),
  example: z.string().nullable(),
  equivalents: z.record(z.string(), z.string()),
  related: z.array(relatedTermSchema),
  references: z.array(z.string()),
  provenance: provenanceSchema,
  updatedAt: z.string(),
});
/** @typedef {z.infer<typeof termEntrySchema>} TermEntry */

export const searchResponseSchema = z.object({
  results: z.array(termSummarySchema),
  didYouMean: z.string().optional(),
});
/** @typedef {z.infer<typeof searchResponseSchema>} SearchResponse */

export const termListResponseSchema = z.object({ results: z.array(termSummarySchema) });

export const suggestResponseSchema = z.object({
  suggestions: z.array(z.object({ term: z.string(), slug: z.string() })),
});

/** The 404 of a term look-up: the shared envelope plus entries the musician may have meant. */
export const termNotFoundSchema = z.object({
  error: z.object({ code: z.literal("not_found"), message: z.string() }),
  suggestions: z.array(termSummarySchema),
});

/** Everything needed to search and read the dictionary offline. */
export const termPackSchema = z.object({
  version: z.string(),
  terms: z.array(termEntrySchema),
});
/** @typedef {z.infer<typeof termPackSchema>} TermPack */

export const flagReasons = /** @type {const} */ (["incorrect", "incomplete", "offensive", "other"]);
/** @typedef {(typeof flagReasons)[number]} FlagReason */
export const flagRequestSchema = z.strictObject({
  reason: z.enum(flagReasons),
  note: z.string().trim().max(1000).optional(),
});
