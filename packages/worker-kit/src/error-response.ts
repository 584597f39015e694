import { type ErrorCode, type ErrorEnvelope, errorCodeStatus } from "@mirubato/sync-protocol";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The shared error envelope as a response: the one shape every worker answers errors with. */
export function errorResponse(c: Context, code: ErrorCode, message: string, details?: unknown): Response {
  const body: ErrorEnvelope = {
    error: details === undefined ? { code, message } : { code, message, details },
  };
  const status: ContentfulStatusCode = errorCodeStatus[code];
  return c.json(body, status);
}
