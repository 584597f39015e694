import type { ErrorCode } from "@mirubato/sync-protocol";

/**
 * An expected failure a caller can act on. Thrown anywhere in a handler or service, it reaches the
 * worker's single `onError` and leaves as the shared error envelope with the code's HTTP status.
 *
 * @example
 * throw new AppError("not_found", "No such score");
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}
