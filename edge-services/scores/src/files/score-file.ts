import {
  FAILURE_CODES,
  metadataSuggestionsSchema,
  PROCESSING_STATUSES,
  SCORE_CONTENT_TYPES,
  type ScoreFileRecord,
} from "@mirubato/schema";
import { z } from "zod";

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
