/**
 * Machine-readable error codes shared by every worker's error envelope and the client's
 * user-facing messages. A code names something a caller can act on; add one only with a
 * caller that branches on it.
 */
export const ErrorCode = {
  invalidRequest: "invalid_request",
  unauthorized: "unauthorized",
  forbidden: "forbidden",
  notFound: "not_found",
  conflict: "conflict",
  payloadTooLarge: "payload_too_large",
  rateLimited: "rate_limited",
  staleCheckpoint: "stale_checkpoint",
  unsupportedMediaType: "unsupported_media_type",
  serviceUnavailable: "service_unavailable",
  internal: "internal",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The HTTP status each code maps to; one table so every worker answers alike. */
export const errorCodeStatus = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  stale_checkpoint: 409,
  rate_limited: 429,
  service_unavailable: 503,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;
