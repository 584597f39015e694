import { readSessionCookie, serializeClearedSessionCookie } from "@mirubato/session-token";
import { AppError, type WorkerEnv } from "@mirubato/worker-kit";
import { createMiddleware } from "hono/factory";
import type { ApiDeps } from "../deps";
import type { ApiBindings } from "../env";
import { authenticateSession } from "./session.service";
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
  if (!authenticated) {
    if (token !== undefined) c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
    throw new AppError("unauthorized", "Sign in to continue");
  }
  c.set("user", authenticated.user);
  c.set("session", authenticated.session);
  await next();
});
