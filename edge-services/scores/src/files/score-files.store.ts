import type { FailureCode, MetadataSuggestions, ScoreContentType } from "@mirubato/schema";
import { z } from "zod";
import { type ScoreFileRow, scoreFileRowSchema } from "./score-file";

const COLUMNS = `id, user_id, r2_key, content_type, size_bytes, sha256, page_count, processing_status,
  failure_code, metadata_suggestions, created_at, processed_at`;

/** A position in a user's newest-first listing: the last row of the previous page. */
export interface ListPosition {
  createdAt: number;
  id: string;
}

export interface NewScoreFile {
  id: string;
  userId: string;
  r2Key: string;
  contentType: ScoreContentType;
  sizeBytes: number;
  sha256: string;
  createdAt: number;
}

export type ProcessingOutcome =
  | { status: "processed"; pageCount: number; suggestions: MetadataSuggestions | null }
  | { status: "failed"; failureCode: FailureCode; pageCount: number | null };

const r2KeySchema = z.object({ r2_key: z.string() });

const parseRow = (row: unknown) => scoreFileRowSchema.parse(row);
const parseRows = (rows: unknown[]) => rows.map(parseRow);

/**
 * D1 access for `score_files`. Every read and delete a route makes names the user, so a file of
 * another user is indistinguishable from one that does not exist.
 */
export function createScoreFilesStore(db: D1Database) {
  return {
    async findOwned(userId: string, id: string): Promise<ScoreFileRow | null> {
      const row = await db
        .prepare(`SELECT ${COLUMNS} FROM score_files WHERE id = ? AND user_id = ?`)
        .bind(id, userId)
        .first();
      return row === null ? null : parseRow(row);
    },

    async findBySha256(userId: string, sha256: string): Promise<ScoreFileRow | null> {
      const row = await db
        .prepare(`SELECT ${COLUMNS} FROM score_files WHERE user_id = ? AND sha256 = ?`)
        .bind(userId, sha256)
        .first();
      return row === null ? null : parseRow(row);
    },

    /** Inserts a new record; false when the user already has one with the same content. */
    async insert(file: NewScoreFile): Promise<boolean> {
      const result = await db
        .prepare(
          `INSERT INTO score_files (id, user_id, r2_key, content_type, size_bytes, sha256, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (user_id, sha256) DO NOTHING`,
        )
        .bind(file.id, file.userId, file.r2Key, file.contentType, file.sizeBytes, file.sha256, file.createdAt)
        .run();
      return result.meta.changes === 1;
    },

    /** One page of a user's files, newest first; `limit + 1` rows tell whether more follow. */
    async listPage(userId: string, limit: number, after: ListPosition | null): Promise<ScoreFileRow[]> {
      const statement =
        after === null
          ? db
              .prepare(
                `SELECT ${COLUMNS} FROM score_files WHERE user_id = ?
                 ORDER BY created_at DESC, id DESC LIMIT ?`,
              )
              .bind(userId, limit)
          : db
              .prepare(
                `SELECT ${COLUMNS} FROM score_files
                 WHERE user_id = ? AND (created_at < ? OR (created_at = ? AND id < ?))
                 ORDER BY created_at DESC, id DESC LIMIT ?`,
              )
              .bind(userId, after.createdAt, after.createdAt, after.id, limit);
      return parseRows((await statement.all()).results);
    },

    /** Deletes one of the user's records, answering its R2 key, or null when there was none. */
    async deleteOwned(userId: string, id: string): Promise<string | null> {
      const row = await db
        .prepare("DELETE FROM score_files WHERE id = ? AND user_id = ? RETURNING r2_key")
        .bind(id, userId)
        .first();
      return row === null ? null : r2KeySchema.parse(row).r2_key;
    },

    /** Deletes up to `limit` of the user's records; answers how many went. */
    async deleteSomeOfUser(userId: string, limit: number): Promise<number> {
      const result = await db
        .prepare(`DELETE FROM score_files WHERE id IN (SELECT id FROM score_files WHERE user_id = ? LIMIT ?)`)
        .bind(userId, limit)
        .run();
      return result.meta.changes;
    },

    async markProcessing(id: string): Promise<void> {
      await db
        .prepare(
          "UPDATE score_files SET processing_status = 'processing' WHERE id = ? AND processing_status = 'pending'",
        )
        .bind(id)
        .run();
    },

    /**
     * Records the outcome unless one is already recorded: a redelivered message that raced a
     * finished one leaves the first outcome in place.
     */
    async finish(id: string, outcome: ProcessingOutcome, now: number): Promise<void> {
      const suggestions =
        outcome.status === "processed" && outcome.suggestions !== null
          ? JSON.stringify(outcome.suggestions)
          : null;
      await db
        .prepare(
          `UPDATE score_files
           SET processing_status = ?, page_count = ?, failure_code = ?, metadata_suggestions = ?, processed_at = ?
           WHERE id = ? AND processing_status IN ('pending', 'processing')`,
        )
        .bind(
          outcome.status,
          outcome.pageCount,
          outcome.status === "failed" ? outcome.failureCode : null,
          suggestions,
          now,
          id,
        )
        .run();
    },
  };
}

export type ScoreFilesStore = ReturnType<typeof createScoreFilesStore>;
