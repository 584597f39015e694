import type { ErrorCode } from "@mirubato/sync-protocol";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import { AppError } from "./app-error";
import { errorResponse } from "./error-response";
import type { WorkerEnv } from "./worker-env";

const codeForHttpStatus: Record<number, ErrorCode> = {
  400: "invalid_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  503: "service_unavailable",
};

/**
 * The worker's single `onError`: expected failures keep their code, anything else is logged with
 * the request id and answered as `internal` without leaking its message.
 */
export function handleError<E extends WorkerEnv>(error: Error, c: Context<E>): Response {
  if (error instanceof AppError) return errorResponse(c, error.code, error.message, error.details);
  if (error instanceof ZodError) {
    // Input is validated by `validate()`, which throws AppError; a bare ZodError is our own data
    // failing its schema: a server bug, not the caller's.
    c.var.logger.error("schema violation", { errorName: error.name, issueCount: error.issues.length });
    return errorResponse(c, "internal", "Something went wrong on our side");
  }
  if (error instanceof HTTPException) {
    const code = codeForHttpStatus[error.status] ?? "internal";
    return errorResponse(c, code, error.message || code);
  }
  c.var.logger.error("unhandled error", { errorName: error.name, errorMessage: error.message });
  return errorResponse(c, "internal", "Something went wrong on our side");
}
