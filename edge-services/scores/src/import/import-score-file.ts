import { AppError } from "@mirubato/worker-kit";
import { MAX_UPLOAD_BYTES } from "../files/file-kind";
import { type ScoreFilesDeps, type UploadResult, uploadScoreFile } from "../files/score-files.service";
import { checkImportUrl, parseImportUrl } from "./check-import-url";
import { type FetchImportDeps, fetchImportBytes } from "./fetch-import";
import { claimImportSlot } from "./import-rate-limit";

export interface ImportDeps {
  files: ScoreFilesDeps;
  fetching: FetchImportDeps;
  db: D1Database;
}

/** `rate_limited` with the seconds to wait, which the route also sends as `Retry-After`. */
export class ImportRateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", "One import by address every 10 minutes: try again later", {
      retryAfterSeconds,
    });
  }
}

/**
 * Imports a score from a URL for a user: the URL is checked, then the user's import slot claimed
 * (only imports that passed the checks count), then the bytes fetched and stored exactly like an
 * upload. Nothing is written before the bytes are whole and of an accepted kind.
 */
export async function importScoreFile(
  deps: ImportDeps,
  userId: string,
  urlText: string,
): Promise<UploadResult> {
  const url = parseImportUrl(urlText);
  await checkImportUrl(url, deps.fetching);
  const slot = await claimImportSlot(deps.db, userId, deps.files.now());
  if (!slot.claimed) throw new ImportRateLimitedError(slot.retryAfterSeconds);
  const bytes = await fetchImportBytes(deps.fetching, url, MAX_UPLOAD_BYTES);
  return uploadScoreFile(deps.files, userId, bytes);
}
