import type { ScoreFileRecord } from "@mirubato/schema";
import { AppError } from "@mirubato/worker-kit";
import type { ScoreMessage } from "../processing/score-message";
import { maxBytesFor, sniffContentType } from "./file-kind";
import { sha256Hex, tooLarge } from "./read-upload";
import { objectKey, type ScoreFileRow, toRecord } from "./score-file";
import type { ListPosition, ScoreFilesStore } from "./score-files.store";

export interface ScoreFilesDeps {
  store: ScoreFilesStore;
  bucket: R2Bucket;
  queue: Queue<ScoreMessage>;
  now: () => number;
  newId: () => string;
}

export interface UploadResult {
  record: ScoreFileRecord;
  /** False when the user already had these exact bytes: the existing record is answered. */
  created: boolean;
}

/**
 * Stores an upload for a user: the kind is proven by magic bytes and the size checked against
 * that kind's limit; the same bytes uploaded again by the same user answer the existing record.
 * Order: R2 object, then the row, then the processing message; if two identical uploads race,
 * the unique (user, sha256) index keeps one row and the loser removes its object.
 */
export async function uploadScoreFile(
  deps: ScoreFilesDeps,
  userId: string,
  bytes: Uint8Array,
): Promise<UploadResult> {
  const contentType = sniffContentType(bytes);
  if (contentType === null) {
    throw new AppError("unsupported_media_type", "Upload a PDF, or a JPG, PNG or WebP image", {
      accepted: ["application/pdf", "image/jpeg", "image/png", "image/webp"],
    });
  }
  if (bytes.byteLength > maxBytesFor[contentType]) throw tooLarge(maxBytesFor[contentType]);
  const sha256 = await sha256Hex(bytes);

  const existing = await deps.store.findBySha256(userId, sha256);
  if (existing !== null) return { record: await answerExisting(deps, existing), created: false };

  const id = deps.newId();
  const key = objectKey(userId, id);
  await deps.bucket.put(key, bytes, { httpMetadata: { contentType }, sha256 });
  const inserted = await deps.store.insert({
    id,
    userId,
    r2Key: key,
    contentType,
    sizeBytes: bytes.byteLength,
    sha256,
    createdAt: deps.now(),
  });
  if (!inserted) {
    await deps.bucket.delete(key);
    const winner = await deps.store.findBySha256(userId, sha256);
    if (winner === null) throw new Error("an upload conflicted with a record that is gone");
    return { record: await answerExisting(deps, winner), created: false };
  }
  await enqueue(deps, userId, id);
  return { record: toRecord(await requireOwned(deps.store, userId, id)), created: true };
}

/**
 * A file still pending is queued again: messages are idempotent, and this repairs a send that
 * failed after its row committed.
 */
async function answerExisting(deps: ScoreFilesDeps, row: ScoreFileRow): Promise<ScoreFileRecord> {
  if (row.processing_status === "pending") await enqueue(deps, row.user_id, row.id);
  return toRecord(row);
}

async function enqueue(deps: ScoreFilesDeps, userId: string, fileId: string): Promise<void> {
  await deps.queue.send({ type: "score_file.uploaded", fileId, userId });
}

/** The user's row, or `not_found`: another user's file is answered exactly like a missing one. */
export async function requireOwned(
  store: ScoreFilesStore,
  userId: string,
  id: string,
): Promise<ScoreFileRow> {
  const row = await store.findOwned(userId, id);
  if (row === null) throw new AppError("not_found", "No such file");
  return row;
}

/** Deletes the row first: an object left behind by a failed R2 delete is still under the user's prefix. */
export async function deleteScoreFile(
  deps: Pick<ScoreFilesDeps, "store" | "bucket">,
  userId: string,
  id: string,
) {
  const key = await deps.store.deleteOwned(userId, id);
  if (key === null) throw new AppError("not_found", "No such file");
  await deps.bucket.delete(key);
}

export interface FilesPage {
  files: ScoreFileRecord[];
  nextCursor: string | null;
}

export async function listScoreFiles(
  store: ScoreFilesStore,
  userId: string,
  limit: number,
  after: ListPosition | null,
): Promise<FilesPage> {
  const rows = await store.listPage(userId, limit + 1, after);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last !== undefined
      ? encodeCursor({ createdAt: last.created_at, id: last.id })
      : null;
  return { files: page.map(toRecord), nextCursor };
}

export function encodeCursor(position: ListPosition): string {
  return `${position.createdAt}_${position.id}`;
}
