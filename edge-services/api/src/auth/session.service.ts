import { SESSION_TTL_SECONDS, signSession, verifySession } from "@mirubato/session-token";
import type { ApiDeps } from "../deps";
import type { SessionRecord } from "./sessions.store";
import { summarizeUserAgent } from "./user-agent-summary";
import type { User } from "./users.store";

/**
 * Sessions are a JWT (cheap to verify anywhere, e.g. in the relay) plus a D1 row (so they can be
 * listed and revoked). A request is signed in only when both agree.
 */
export interface AuthenticatedSession {
  user: User;
  session: SessionRecord;
}

// last_seen_at is for the sessions list, not security: write it at most every 10 minutes.
const TOUCH_INTERVAL_MS = 10 * 60 * 1000;

type SessionDeps = Pick<ApiDeps, "config" | "now" | "sessions" | "waitUntil">;

/** Creates the session row and returns the token for the cookie. */
export async function startSession(
  deps: SessionDeps,
  userId: string,
  userAgent: string | undefined,
): Promise<string> {
  const nowMs = deps.now();
  const sessionId = crypto.randomUUID();
  await deps.sessions.create({
    id: sessionId,
    userId,
    nowMs,
    expiresAtMs: nowMs + SESSION_TTL_SECONDS * 1000,
    userAgent: summarizeUserAgent(userAgent),
  });
  return signSession({ userId, sessionId }, deps.config.sessionKeys, new Date(nowMs));
}

/** The signed-in user and session for a cookie's token, or undefined. */
export async function authenticateSession(
  deps: SessionDeps,
  token: string | undefined,
): Promise<AuthenticatedSession | undefined> {
  const claims = await readSessionClaims(deps, token);
  return claims === undefined ? undefined : confirmSession(deps, claims);
}

/** Who a session token claims to be, if its signature and expiry hold: no I/O, not yet signed in. */
export interface SessionClaims {
  userId: string;
  sessionId: string;
}

export async function readSessionClaims(
  deps: Pick<SessionDeps, "config" | "now">,
  token: string | undefined,
): Promise<SessionClaims | undefined> {
  if (token === undefined) return undefined;
  const verified = await verifySession(token, deps.config.sessionKeys, new Date(deps.now()));
  if (!verified.ok) return undefined;
  return { userId: verified.session.userId, sessionId: verified.session.sessionId };
}

/** The claims' session and user when its row is neither revoked nor expired (and records the visit). */
export async function confirmSession(
  deps: SessionDeps,
  claims: SessionClaims,
): Promise<AuthenticatedSession | undefined> {
  const nowMs = deps.now();
  const found = await deps.sessions.findActiveWithUser(claims.sessionId, nowMs);
  if (!found || found.session.userId !== claims.userId) return undefined;
  const { session, user } = found;
  if (nowMs - session.lastSeenAtMs > TOUCH_INTERVAL_MS)
    deps.waitUntil(deps.sessions.touch(session.id, nowMs));
  return { user, session };
}

/** For the relay: is this session (a JWT's jti) still signed in? */
export async function isSessionActive(
  deps: Pick<ApiDeps, "now" | "sessions">,
  sessionId: string,
): Promise<boolean> {
  return (await deps.sessions.findActive(sessionId, deps.now())) !== undefined;
}
