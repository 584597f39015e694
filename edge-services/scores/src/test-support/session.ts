import { env, exports } from "cloudflare:workers";
import { parseSessionKeys, serializeSessionCookie, signSession } from "@mirubato/session-token";

export const APP = "http://localhost:4000";

/** A session cookie header for a user; session ids starting with "revoked" are over (stub api). */
export async function cookieFor(userId: string, sessionId = `session-${userId}`): Promise<string> {
  const token = await signSession({ userId, sessionId }, parseSessionKeys(env.SESSION_KEYS));
  return serializeSessionCookie(token, APP).split(";")[0] ?? "";
}

export interface CallOptions {
  method?: string;
  cookie?: string;
  origin?: string | null;
  body?: Uint8Array;
  headers?: Record<string, string>;
}

/** A request to the scores worker as the front forwards it, from the app's origin by default. */
export function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.cookie !== undefined) headers.set("cookie", options.cookie);
  const origin = options.origin === undefined ? APP : options.origin;
  if (origin !== null) headers.set("origin", origin);
  return exports.default.fetch(`${APP}${path}`, {
    method: options.method ?? "GET",
    headers,
    ...(options.body === undefined ? {} : { body: options.body }),
  });
}

export function upload(cookie: string, body: Uint8Array): Promise<Response> {
  return call("/api/scores/files", { method: "POST", cookie, body });
}
