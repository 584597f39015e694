import { z } from "zod";

/**
 * The Scores worker's file records on the wire (`/api/scores/files`), shared by the worker that
 * answers with them and the client that reads them. The score's metadata document is `scoreSchema`;
 * this is the file behind its `fileId`.
 */

/** The kinds of file a score can be (DESIGN.md §6), as the worker sniffs them from magic bytes. */
export const SCORE_CONTENT_TYPES = ["application/pdf", "image/jpeg", "image/png", "image/webp"] as const;
export type ScoreContentType = (typeof SCORE_CONTENT_TYPES)[number];

export const PROCESSING_STATUSES = ["pending", "processing", "processed", "failed"] as const;
export const FAILURE_CODES = [
  "too_many_pages",
  "unreadable",
  "missing_object",
  "processing_gave_up",
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** A music term the dictionary found in a file's text, offered as a tag. */
export const termSuggestionSchema = z.object({
  term: z.string().min(1),
  id: z.string().min(1),
  category: z.string().min(1),
});

/**
 * What processing read from a file, for the client to offer when the musician fills in the
 * score's metadata document: the PDF's own title and author, and the music terms in its text.
 */
export const metadataSuggestionsSchema = z.object({
  title: z.string().min(1).optional(),
  composer: z.string().min(1).optional(),
  /** Opus or catalogue number as printed (`Op. 28 No. 4`, `BWV 846`, `K. 331`). */
  catalogue: z.string().min(1).optional(),
  /**
   * Whether the file had any text to read: false for an image-only scan, so the client can say
   * "no text found" instead of offering nothing. Absent on records processed before it existed.
   */
  textFound: z.boolean().optional(),
  terms: z.array(termSuggestionSchema),
});
export type MetadataSuggestions = z.infer<typeof metadataSuggestionsSchema>;

/**
 * The file record the routes answer with. The score's metadata document in RxDB refers to it by
 * `id` (its `fileId`); times are ISO 8601 UTC.
 */
export const scoreFileRecordSchema = z.object({
  id: z.string(),
  contentType: z.enum(SCORE_CONTENT_TYPES),
  sizeBytes: z.number().int().positive(),
  sha256: z.string().length(64),
  processingStatus: z.enum(PROCESSING_STATUSES),
  pageCount: z.number().int().positive().nullable(),
  failureCode: z.enum(FAILURE_CODES).nullable(),
  suggestions: metadataSuggestionsSchema.nullable(),
  createdAt: z.iso.datetime(),
  processedAt: z.iso.datetime().nullable(),
});
export type ScoreFileRecord = z.infer<typeof scoreFileRecordSchema>;
