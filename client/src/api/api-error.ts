import { type ErrorCode, errorEnvelopeSchema } from "@mirubato/sync-protocol";

/** Failures a caller can branch on: the server's codes, plus the two only a client sees. */
export type ApiErrorCode = ErrorCode | "network" | "invalid_response";

/**
 * A failed API call. `network` means no answer (offline, server down): normal, retried quietly.
 * `invalid_response` means an answer that did not match the contract: nothing from it is used.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // A body that is not JSON is reported as such by the callers' schemas (they see `undefined`).
    return undefined;
  }
}

/** Builds the ApiError for a non-2xx response from its `{ error: { code, message } }` envelope. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const envelope = errorEnvelopeSchema.safeParse(await readJson(response));
  if (envelope.success)
    return new ApiError(envelope.data.error.code, envelope.data.error.message, response.status);
  if (response.status === 401) return new ApiError("unauthorized", "not signed in", 401);
  if (response.status === 429) return new ApiError("rate_limited", "too many requests", 429);
  return new ApiError("internal", `HTTP ${response.status}`, response.status);
}

/**
 * POSTs JSON to a same-origin path and returns the parsed JSON body of a 2xx answer.
 *
 * @example
 * const body = await postJson(fetch, "/api/auth/logout", {});
 */
export async function postJson(fetchFn: Fetch, path: string, body: unknown): Promise<unknown> {
  const response = await send(fetchFn, path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return readJson(response);
}

/** GETs a same-origin path; throws ApiError on network failure or a non-2xx status. */
export async function getJson(fetchFn: Fetch, path: string): Promise<unknown> {
  return readJson(await send(fetchFn, path, { method: "GET" }));
}

/** Sends a same-origin request; throws ApiError on network failure or a non-2xx status. */
export async function send(fetchFn: Fetch, path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetchFn(path, { ...init, credentials: "same-origin" });
  } catch (error) {
    throw new ApiError("network", error instanceof Error ? error.message : "request failed");
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response;
}
