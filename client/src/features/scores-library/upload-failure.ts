import type { FailureCode } from "@mirubato/schema";
import { ApiError, type ApiErrorCode } from "../../api/api-error";
import { ScoresApiError } from "../../api/scores-client";
import type { MessageKey } from "../../i18n/messages/en";
import type { MessageParams } from "../../i18n/translate";
import type { FileCheck } from "./upload-checks";

/** Why a file did not become a score: refused here, refused by the server, or failed processing. */
export type UploadFailure =
  | { readonly kind: "check"; readonly reason: Extract<FileCheck, { ok: false }>["reason"] }
  | {
      readonly kind: "server";
      readonly code: ApiErrorCode;
      readonly retryAfterSec?: number;
    }
  | { readonly kind: "processing"; readonly failureCode: FailureCode };

/** The failure behind a rejected Scores call; anything but an `ApiError` is a bug and is rethrown. */
export function failureFromError(error: unknown): Extract<UploadFailure, { kind: "server" }> {
  if (!(error instanceof ApiError)) throw error;
  if (!(error instanceof ScoresApiError)) return { kind: "server", code: error.code };
  return {
    kind: "server",
    code: error.code,
    ...(error.retryAfterSec === undefined ? {} : { retryAfterSec: error.retryAfterSec }),
  };
}

export interface FailureMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const checkKeys = {
  unsupported_type: "scores.error.unsupportedType",
  pdf_too_large: "scores.error.pdfTooLarge",
  image_too_large: "scores.error.imageTooLarge",
  batch_too_large: "scores.error.batchTooLarge",
} as const satisfies Record<Extract<UploadFailure, { kind: "check" }>["reason"], MessageKey>;

const processingKeys = {
  too_many_pages: "scores.error.tooManyPages",
  unreadable: "scores.error.unreadable",
  missing_object: "scores.error.missingObject",
  processing_gave_up: "scores.error.gaveUp",
} as const satisfies Record<FailureCode, MessageKey>;

function serverMessage(failure: Extract<UploadFailure, { kind: "server" }>): FailureMessage {
  switch (failure.code) {
    case "url_not_allowed":
      return { key: "scores.error.urlNotAllowed" };
    case "too_many_redirects":
      return { key: "scores.error.tooManyRedirects" };
    case "fetch_failed":
      return { key: "scores.error.fetchFailed" };
    case "payload_too_large":
      return { key: "scores.error.tooLarge" };
    case "unsupported_media_type":
      return { key: "scores.error.notScoreFile" };
    case "unauthorized":
      return { key: "scores.error.signedOut" };
    case "network":
      return { key: "scores.error.offline" };
    case "invalid_request":
      return { key: "scores.error.invalid" };
    case "rate_limited":
      return failure.retryAfterSec === undefined
        ? { key: "scores.error.rateLimited" }
        : {
            key: "scores.error.rateLimitedWait",
            params: { minutes: Math.max(1, Math.ceil(failure.retryAfterSec / 60)) },
          };
    default:
      return { key: "scores.error.failed" };
  }
}

/**
 * The sentence that says why, by code.
 *
 * @example
 * const { key, params } = failureMessage({ kind: "check", reason: "pdf_too_large" });
 * t(key, params); // "PDFs can be up to 50 MB."
 */
export function failureMessage(failure: UploadFailure): FailureMessage {
  switch (failure.kind) {
    case "check":
      return { key: checkKeys[failure.reason] };
    case "processing":
      return { key: processingKeys[failure.failureCode] };
    case "server":
      return serverMessage(failure);
  }
}

/** Whether sending the same file again can succeed (a refused or unreadable file cannot). */
export function isRetryable(failure: UploadFailure): boolean {
  if (failure.kind === "check") return false;
  if (failure.kind === "processing")
    return failure.failureCode === "processing_gave_up" || failure.failureCode === "missing_object";
  return !["payload_too_large", "unsupported_media_type", "invalid_request"].includes(failure.code);
}
