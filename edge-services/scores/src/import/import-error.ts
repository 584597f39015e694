/**
 * Failures of a URL import with codes of their own (README "Import by URL"): they are not in the
 * shared `ErrorCode` set, so the route answers them in the same envelope itself.
 */
export type ImportErrorCode = "url_not_allowed" | "too_many_redirects" | "fetch_failed";

export const importErrorStatus = {
  url_not_allowed: 403,
  too_many_redirects: 422,
  fetch_failed: 502,
} as const satisfies Record<ImportErrorCode, number>;

export class ImportError extends Error {
  override readonly name = "ImportError";
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
