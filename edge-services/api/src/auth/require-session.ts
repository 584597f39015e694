import { readSessionCookie, serializeClearedSessionCookie } from "@mirubato/session-token";
import { AppError, type WorkerEnv } from "@mirubato/worker-kit";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { ApiDeps } from "../deps";
import type { ApiBindings } from "../env";
import { authenticateSession, confirmSession, readSessionClaims } from "./session.service";
import type { SessionRecord } from "./sessions.store";
import type { User } from "./users.store";

/** Hono env of a route behind `requireSession`: `c.var.user` and `c.var.session` are set. */
export type SessionEnv = WorkerEnv<ApiBindings, { deps: ApiDeps; user: User; session: SessionRecord }>;

/**
 * Lets the request through only with a valid session cookie whose session row is neither revoked
 * nor expired; otherwise 401 `unauthorized` (and a stale cookie is cleared).
 *
 * @example
 * syncRoutes.post("/:collection/push", requireSession, (c) => push(c.var.deps, c.var.user.id, ...));
 */
export const requireSession = createMiddleware<SessionEnv>(async (c, next) => {
  const token = readSessionCookie(c.req.header("cookie"), c.req.url);
  const authenticated = await authenticateSession(c.var.deps, token);
  if (!authenticated) refuse(c, token);
  c.set("user", authenticated.user);
  c.set("session", authenticated.session);
  await next();
});

/**
 * Hono env of a route behind `requireSessionAlongside`: `c.var.userId` is the token's user, and
 * `c.var.sessionConfirmed` settles once the session row has been checked.
 */
export type SessionAlongsideEnv = WorkerEnv<
  ApiBindings,
  { deps: ApiDeps; userId: string; sessionConfirmed: Promise<void> }
>;

/**
 * `requireSession` for the sync routes, the hottest ones: the token's signature is checked at once
 * (no I/O), and the session row is checked while the route makes its first read for that user,
 * so a request waits for one D1 round trip instead of two. No answer leaves before the session is
 * confirmed (this middleware waits for it after the route); a route that writes must await
 * `c.var.sessionConfirmed` first. It rejects with 401 `unauthorized` (and clears the cookie) when
 * the session was revoked or has expired.
 *
 * @example
 * .post("/:collection/push", requireSessionAlongside, async (c) => {
 *   const [stored] = await Promise.all([read(c.var.userId), c.var.sessionConfirmed]);
 *   await write(merge(stored));
 * })
 */
export const requireSessionAlongside = createMiddleware<SessionAlongsideEnv>(async (c, next) => {
  const token = readSessionCookie(c.req.header("cookie"), c.req.url);
  const claims = await readSessionClaims(c.var.deps, token);
  if (claims === undefined) refuse(c, token);
  const confirmed = confirmSession(c.var.deps, claims).then((session) => {
    if (session === undefined) refuse(c, token);
  });
  // The route awaits it; this only keeps a rejection that loses the race with a failing read from
  // counting as unhandled.
  confirmed.catch(() => undefined);
  c.set("userId", claims.userId);
  c.set("sessionConfirmed", confirmed);
  await next();
  // Nothing leaves before the session is confirmed, even from a route that forgot to wait; and a
  // revoked session hears 401, not what else was wrong with its request (Hono has already turned
  // a route's error into a response, which this 401 replaces).
  await confirmed;
});

function refuse(c: Context, token: string | undefined): never {
  if (token !== undefined) c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
  throw new AppError("unauthorized", "Sign in to continue");
}
