import { z } from "zod";
import { SCORE_CONTENT_TYPES } from "./file-kind";

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
  terms: z.array(termSuggestionSchema),
});
export type MetadataSuggestions = z.infer<typeof metadataSuggestionsSchema>;

/** A user id as sessions and the api carry it; also a path segment of R2 keys, hence no "/". */
export const userIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/);

/** A `score_files` row as D1 returns it. */
export const scoreFileRowSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  r2_key: z.string(),
  content_type: z.enum(SCORE_CONTENT_TYPES),
  size_bytes: z.number().int().positive(),
  sha256: z.string().length(64),
  page_count: z.number().int().positive().nullable(),
  processing_status: z.enum(PROCESSING_STATUSES),
  failure_code: z.enum(FAILURE_CODES).nullable(),
  metadata_suggestions: z.string().nullable(),
  created_at: z.number().int(),
  processed_at: z.number().int().nullable(),
});
export type ScoreFileRow = z.infer<typeof scoreFileRowSchema>;

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

export function toRecord(row: ScoreFileRow): ScoreFileRecord {
  return {
    id: row.id,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    processingStatus: row.processing_status,
    pageCount: row.page_count,
    failureCode: row.failure_code,
    suggestions:
      row.metadata_suggestions === null
        ? null
        : metadataSuggestionsSchema.parse(JSON.parse(row.metadata_suggestions)),
    createdAt: new Date(row.created_at).toISOString(),
    processedAt: row.processed_at === null ? null : new Date(row.processed_at).toISOString(),
  };
}

/** Where a user's file lives in R2: every object of a user shares the `users/{userId}/` prefix. */
export function userPrefix(userId: string): string {
  return `users/${userId}/`;
}

export function objectKey(userId: string, fileId: string): string {
  return `${userPrefix(userId)}files/${fileId}`;
}
