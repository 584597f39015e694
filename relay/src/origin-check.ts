import { parseSessionKeys, readSessionCookie, verifySession } from "@mirubato/session-token";
import type { RelayBindings } from "./env";

/**
 * Who is opening the relay socket. The relay never accepts an unauthenticated socket: the session
 * cookie's HS256 JWT is verified with the key set shared with the api (`SESSION_KEYS`), then the
 * api is asked whether that session (the JWT's `jti`) is still live, so a signed-out or revoked
 * browser cannot listen even with an unexpired token. Failures are `{ ok: false }`, which the
 * route turns into HTTP 401 with the `unauthorized` envelope before any upgrade.
 */
export type Authentication = { ok: true; userId: string; sessionId: string } | { ok: false; reason: string };

export async function authenticate(
  request: Request,
  env: Pick<RelayBindings, "SESSION_KEYS" | "API">,
): Promise<Authentication> {
  const token = readSessionCookie(request.headers.get("cookie"), request.url);
  if (token === undefined) return { ok: false, reason: "Sign in to receive sync notifications" };
  const verified = await verifySession(token, parseSessionKeys(env.SESSION_KEYS));
  if (!verified.ok) return { ok: false, reason: "The session is not valid; sign in again" };
  const { userId, sessionId } = verified.session;
  if (!(await env.API.isSessionActive(sessionId))) {
    return { ok: false, reason: "This session has ended; sign in again" };
  }
  return { ok: true, userId, sessionId };
}

/**
 * Browsers always send Origin on a WebSocket handshake, and cookies ride along cross-site: only
 * the app's own origin (the request's, behind the front worker) or a listed APP_ORIGIN may open
 * a socket (cross-site WebSocket hijacking).
 */
export function isAllowedOrigin(request: Request, appOrigins: string): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === new URL(request.url).origin) return true;
  return appOrigins.split(",").some((allowed) => allowed.trim() === origin);
}
