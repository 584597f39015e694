/**
 * Typed client of the Scores worker (`/api/scores/files…`). Every answer is parsed with
 * `scoreFileRecordSchema`; failures are `ApiError`s. Uploads go through XMLHttpRequest because
 * only it reports upload progress; everything else uses fetch.
 */
import { type ScoreFileRecord, scoreFileRecordSchema } from "@mirubato/schema";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { ApiError, type ApiErrorCode, type Fetch, getJson, send } from "./api-error";

const filesPath = "/api/scores/files";

/** A failed Scores call: an `ApiError` that, for `rate_limited`, says how long to wait (`Retry-After`). */
export class ScoresApiError extends ApiError {
  constructor(
    code: ApiErrorCode,
    message: string,
    status: number | undefined,
    readonly retryAfterSec?: number,
  ) {
    super(code, message, status);
    this.name = "ScoresApiError";
  }
}

function parseRecord(body: unknown, what: string): ScoreFileRecord {
  const parsed = scoreFileRecordSchema.safeParse(body);
  if (!parsed.success) throw new ApiError("invalid_response", `${what}: ${parsed.error.message}`);
  return parsed.data;
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML error page): the schemas below report it as an unknown answer.
    return undefined;
  }
}

/** Reads `Retry-After` as whole seconds (the delta form; an HTTP date is turned into a delta). */
export function parseRetryAfter(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const atMs = Date.parse(value);
  return Number.isNaN(atMs) ? undefined : Math.max(0, Math.ceil((atMs - nowMs) / 1000));
}

/** The error of a failed answer, from its envelope or, when there is none, its status. */
export function scoresErrorFrom(status: number, body: unknown, retryAfter: string | null): ScoresApiError {
  const retryAfterSec = parseRetryAfter(retryAfter);
  const envelope = errorEnvelopeSchema.safeParse(body);
  if (envelope.success) {
    const { code, message } = envelope.data.error;
    return new ScoresApiError(code, message, status, retryAfterSec);
  }
  if (status === 401) return new ScoresApiError("unauthorized", "not signed in", status);
  if (status === 413) return new ScoresApiError("payload_too_large", "too large", status);
  if (status === 415) return new ScoresApiError("unsupported_media_type", "not a score file", status);
  if (status === 429) return new ScoresApiError("rate_limited", "too many requests", status, retryAfterSec);
  return new ScoresApiError("internal", `HTTP ${status}`, status);
}

/** The file's record, with its processing status and suggestions. */
export async function getScoreFile(fetchFn: Fetch, fileId: string): Promise<ScoreFileRecord> {
  return parseRecord(await getJson(fetchFn, `${filesPath}/${encodeURIComponent(fileId)}`), "score file");
}

/** Deletes the file on the server (204); a file already gone (`not_found`) counts as deleted. */
export async function deleteScoreFile(fetchFn: Fetch, fileId: string): Promise<void> {
  try {
    await send(fetchFn, `${filesPath}/${encodeURIComponent(fileId)}`, { method: "DELETE" });
  } catch (error) {
    if (error instanceof ApiError && error.code === "not_found") return;
    throw error;
  }
}

/**
 * Asks the worker to fetch a score from a public URL (1 per 10 minutes per user). Throws
 * `ScoresApiError` (`url_not_allowed`, `too_many_redirects`, `fetch_failed`, …), with `retryAfterSec`
 * for `rate_limited`.
 */
export async function importScoreFromUrl(fetchFn: Fetch, url: string): Promise<ScoreFileRecord> {
  let response: Response;
  try {
    response = await fetchFn(`${filesPath}/import`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url }),
      credentials: "same-origin",
    });
  } catch (error) {
    throw new ApiError("network", error instanceof Error ? error.message : "request failed");
  }
  const text = await response.text();
  if (!response.ok)
    throw scoresErrorFrom(response.status, parseJsonText(text), response.headers.get("retry-after"));
  return parseRecord(parseJsonText(text), "imported file");
}

export interface UploadProgress {
  readonly loadedBytes: number;
  readonly totalBytes: number;
}

/** What the upload needs of an XMLHttpRequest (tests pass a fake with just these). */
export type UploadRequest = Pick<
  XMLHttpRequest,
  | "open"
  | "send"
  | "abort"
  | "getResponseHeader"
  | "addEventListener"
  | "status"
  | "responseText"
  | "withCredentials"
> & { readonly upload: Pick<XMLHttpRequestUpload, "addEventListener"> };

export interface UploadOptions {
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
  /** Tests pass a fake; the browser's XMLHttpRequest otherwise. */
  readonly createRequest?: () => UploadRequest;
}

/**
 * Uploads one file's bytes (`POST /api/scores/files`), reporting progress. Resolves to the record
 * (201 new, 200 the same bytes uploaded before); rejects with `ScoresApiError` (`network` when no
 * answer came, `internal` with message "aborted" when the signal aborted it).
 *
 * @example
 * const record = await uploadScoreFile(file, { onProgress: ({ loadedBytes }) => show(loadedBytes) });
 */
export function uploadScoreFile(file: Blob, options: UploadOptions = {}): Promise<ScoreFileRecord> {
  const request = options.createRequest?.() ?? new XMLHttpRequest();
  return new Promise((resolve, reject) => {
    const onAbort = () => request.abort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const finish = () => options.signal?.removeEventListener("abort", onAbort);
    request.upload.addEventListener("progress", (event) => {
      const totalBytes = event.lengthComputable ? event.total : file.size;
      options.onProgress?.({ loadedBytes: event.loaded, totalBytes });
    });
    request.addEventListener("load", () => {
      finish();
      const body = parseJsonText(request.responseText);
      if (request.status < 200 || request.status >= 300) {
        reject(scoresErrorFrom(request.status, body, request.getResponseHeader("retry-after")));
        return;
      }
      try {
        resolve(parseRecord(body, "uploaded file"));
      } catch (error) {
        reject(error);
      }
    });
    request.addEventListener("error", () => {
      finish();
      reject(new ScoresApiError("network", "upload failed", undefined));
    });
    request.addEventListener("abort", () => {
      finish();
      reject(new ScoresApiError("internal", "aborted", undefined));
    });
    request.open("POST", filesPath);
    request.withCredentials = true;
    request.send(file);
  });
}
