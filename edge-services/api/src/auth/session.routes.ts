import { readSessionCookie, serializeClearedSessionCookie } from "@mirubato/session-token";
import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env";
import { requireSession } from "./require-session";
import { authenticateSession } from "./session.service";
import type { SessionRecord } from "./sessions.store";

const sessionParamSchema = z.object({ id: z.string().min(1).max(128) });

const toSessionView = (session: SessionRecord, currentId: string) => ({
  id: session.id,
  createdAt: new Date(session.createdAtMs).toISOString(),
  lastSeenAt: new Date(session.lastSeenAtMs).toISOString(),
  expiresAt: new Date(session.expiresAtMs).toISOString(),
  userAgent: session.userAgent,
  isCurrent: session.id === currentId,
});

export const sessionRoutes = new Hono<AppEnv>()
  .get("/me", requireSession, (c) => {
    const { id, email, displayName } = c.var.user;
    return c.json({ user: displayName === null ? { id, email } : { id, email, displayName } });
  })
  // Always succeeds and clears the cookie; revokes the session row when the cookie was valid.
  .post("/logout", async (c) => {
    const deps = c.var.deps;
    const authenticated = await authenticateSession(
      deps,
      readSessionCookie(c.req.header("cookie"), c.req.url),
    );
    if (authenticated) {
      const { session, user } = authenticated;
      if (await deps.sessions.revoke(session.id, user.id, deps.now()))
        deps.waitUntil(deps.relaySessions.endSessions(user.id, [session.id]));
    }
    c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
    return c.body(null, 204);
  })
  .get("/sessions", requireSession, async (c) => {
    const sessions = await c.var.deps.sessions.listActive(c.var.user.id, c.var.deps.now());
    return c.json({ sessions: sessions.map((session) => toSessionView(session, c.var.session.id)) });
  })
  // Signs one of the account's browsers out (another user's or an ended session is not found).
  .post("/sessions/:id/revoke", requireSession, validate("param", sessionParamSchema), async (c) => {
    const { deps, user, session } = c.var;
    const { id } = c.req.valid("param");
    if (!(await deps.sessions.revoke(id, user.id, deps.now()))) {
      throw new AppError("not_found", "No such signed-in session");
    }
    deps.waitUntil(deps.relaySessions.endSessions(user.id, [id]));
    if (id === session.id) c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
    return c.body(null, 204);
  })
  // "Sign out everywhere", this browser included; the relay closes their sockets right away.
  .post("/sessions/revoke-all", requireSession, async (c) => {
    const { deps, user } = c.var;
    const revokedIds = await deps.sessions.revokeAll(user.id, deps.now());
    deps.waitUntil(deps.relaySessions.endSessions(user.id, revokedIds));
    c.header("set-cookie", serializeClearedSessionCookie(c.req.url));
    return c.json({ revokedCount: revokedIds.length });
  });
