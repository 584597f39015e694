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
  /** A score import URL that points at a private, loopback or otherwise internal address. */
  urlNotAllowed: "url_not_allowed",
  tooManyRedirects: "too_many_redirects",
  /** The remote server of a score import failed or could not be reached. */
  fetchFailed: "fetch_failed",
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
  url_not_allowed: 403,
  too_many_redirects: 422,
  fetch_failed: 502,
} as const satisfies Record<ErrorCode, number>;
