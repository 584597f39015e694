export const REQUEST_ID_HEADER = "x-request-id";

// Accept a caller's id only when it is short and plain, so nothing odd reaches the logs.
const acceptableRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

/** The incoming `x-request-id` when acceptable, otherwise a fresh one. */
export function resolveRequestId(headerValue: string | undefined | null): string {
  if (headerValue && acceptableRequestId.test(headerValue)) return headerValue;
  return crypto.randomUUID();
}
