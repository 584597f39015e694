import { readCookie, serializeCookie, serializeExpiredCookie } from "./cookie";
import { SESSION_TTL_SECONDS } from "./session-token";

/** `__Host-mirubato_session` on https, `mirubato_session` on plain-http localhost. */
export const SESSION_COOKIE_BASE_NAME = "mirubato_session";

const sessionCookie = (url: string | URL) => ({ baseName: SESSION_COOKIE_BASE_NAME, url });

/**
 * The session cookie for a token, living as long as the token (30 days).
 *
 * @example
 * response.headers.append("set-cookie", serializeSessionCookie(token, request.url));
 */
export function serializeSessionCookie(token: string, url: string | URL): string {
  return serializeCookie(sessionCookie(url), token, SESSION_TTL_SECONDS);
}

/** The `Set-Cookie` value that signs the browser out. */
export function serializeClearedSessionCookie(url: string | URL): string {
  return serializeExpiredCookie(sessionCookie(url));
}

/** The session token from a request's `Cookie` header (the relay uses this on WebSocket upgrades). */
export function readSessionCookie(
  cookieHeader: string | null | undefined,
  url: string | URL,
): string | undefined {
  return readCookie(sessionCookie(url), cookieHeader);
}
