import { AppError } from "@mirubato/worker-kit";
import { MAX_UPLOAD_BYTES } from "../files/file-kind";
import { type ScoreFilesDeps, type UploadResult, uploadScoreFile } from "../files/score-files.service";
import { fetchImport } from "./fetch-import";
import { checkImportUrl, type ImportUrlPolicy } from "./import-url-policy";
import { takeUrlImportSlot } from "./url-import.store";

export interface ImportScoreFileDeps extends ScoreFilesDeps, ImportUrlPolicy {
  db: D1Database;
  fetcher: typeof fetch;
}

export type ImportResult = UploadResult | { isRateLimited: true; retryAfterSec: number };

/**
 * Imports a score file from a URL on the musician's behalf. The address is checked first, so a
 * refused URL costs nothing; then the user's import slot is taken (one per 10 minutes); then the
 * bytes are fetched and stored exactly like an upload (kind by magic bytes, limits, dedupe,
 * processing). A failed download writes no row and no object.
 */
export async function importScoreFile(
  deps: ImportScoreFileDeps,
  userId: string,
  rawUrl: string,
): Promise<ImportResult> {
  const url = await checkImportUrl(rawUrl, deps);
  const slot = await takeUrlImportSlot(deps.db, userId, deps.now());
  if (!slot.isAllowed) return { isRateLimited: true, retryAfterSec: slot.retryAfterSec };
  const bytes = await fetchImport(url, { ...deps, maxBytes: MAX_UPLOAD_BYTES });
  return uploadScoreFile(deps, userId, bytes);
}

export function rateLimitedError(retryAfterSec: number): AppError {
  return new AppError("rate_limited", "One import by address every 10 minutes; try again later", {
    retryAfterSec,
  });
}
