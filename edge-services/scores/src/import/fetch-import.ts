import { AppError } from "@mirubato/worker-kit";
import { tooLarge } from "../files/read-upload";
import { checkImportUrl, parseImportUrl, type UrlPolicy } from "./check-import-url";

export const MAX_REDIRECTS = 3;
export const FETCH_TIMEOUT_MS = 20_000;

export interface FetchImportDeps extends UrlPolicy {
  fetch: typeof fetch;
}

/**
 * Fetches an import's bytes: every hop is checked (`checkImportUrl`) before it is requested and
 * redirects are followed by hand, at most `MAX_REDIRECTS`. The body is read up to `maxBytes` and
 * the read stops at once past it. Throws `AppError` with the route's codes.
 */
export async function fetchImportBytes(
  deps: FetchImportDeps,
  first: URL,
  maxBytes: number,
): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  let url = first;
  for (let hop = 0; ; hop++) {
    await checkImportUrl(url, deps);
    const response = await request(deps, url, signal);
    if (response.status >= 300 && response.status < 400 && response.headers.has("location")) {
      await response.body?.cancel();
      if (hop === MAX_REDIRECTS) {
        throw new AppError("too_many_redirects", `The address redirected more than ${MAX_REDIRECTS} times`);
      }
      url = parseImportUrl(new URL(response.headers.get("location") ?? "", url).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new AppError("fetch_failed", `The address answered ${response.status}`, {
        status: response.status,
      });
    }
    return readLimited(response, maxBytes, signal);
  }
}

async function request(deps: FetchImportDeps, url: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await deps.fetch(url.href, { redirect: "manual", signal, headers: { accept: "*/*" } });
  } catch {
    const timedOut = signal.aborted;
    throw new AppError(
      "fetch_failed",
      timedOut ? "The address took too long to answer" : "The address could not be reached",
      {
        reason: timedOut ? "timeout" : "network",
      },
    );
  }
}

async function readLimited(response: Response, maxBytes: number, signal: AbortSignal): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(maxBytes);
  }
  if (response.body === null) throw new AppError("invalid_request", "The address answered an empty file");
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
    throw new AppError(
      "fetch_failed",
      signal.aborted ? "The address took too long to answer" : "The download broke off",
      {
        reason: signal.aborted ? "timeout" : "network",
      },
    );
  }
  if (received === 0) throw new AppError("invalid_request", "The address answered an empty file");
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
