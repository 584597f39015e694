import { AppError } from "@mirubato/worker-kit";
import { tooLarge } from "../files/read-upload";
import { checkImportUrl, type ImportUrlPolicy } from "./import-url-policy";

export const MAX_REDIRECTS = 3;
export const IMPORT_TIMEOUT_MS = 20_000;

export interface FetchImportDeps extends ImportUrlPolicy {
  fetcher: typeof fetch;
  maxBytes: number;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

const fetchFailed = (message: string, details?: Record<string, unknown>) =>
  new AppError("fetch_failed", message, details);

/**
 * Downloads the bytes behind an import URL that `checkImportUrl` passed: every redirect hop is
 * checked by the same policy and followed by hand (at most three), the whole exchange is bounded
 * in time, and the body is read into a buffer that stops — and cancels the download — the moment
 * it would pass `maxBytes`.
 */
export async function fetchImport(checked: URL, deps: FetchImportDeps): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(IMPORT_TIMEOUT_MS);
  let url = checked;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await deps.fetcher(url.toString(), {
        redirect: "manual",
        signal,
        headers: { accept: "application/pdf, image/*;q=0.9, */*;q=0.1" },
      });
    } catch {
      throw fetchFailed(
        signal.aborted ? "The server took too long to answer" : "The server could not be reached",
      );
    }
    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (location === null) throw fetchFailed("The server redirected nowhere", { status: response.status });
      if (hop >= MAX_REDIRECTS) {
        throw new AppError("too_many_redirects", "The address redirects too many times", {
          maxRedirects: MAX_REDIRECTS,
        });
      }
      url = await checkImportUrl(new URL(location, url), deps);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw fetchFailed(`The server answered ${response.status}`, { status: response.status });
    }
    return await readCapped(response, deps.maxBytes, signal);
  }
}

async function readCapped(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (response.body === null) throw new AppError("invalid_request", "The file is empty");
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw fetchFailed(signal.aborted ? "The download took too long" : "The download broke off");
  }
  if (received === 0) throw new AppError("invalid_request", "The file is empty");
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
