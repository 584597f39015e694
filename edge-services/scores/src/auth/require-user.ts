import { authenticateRequest } from "@mirubato/session-token";
import { AppError } from "@mirubato/worker-kit";
import { createMiddleware } from "hono/factory";
import type { ScoresEnv } from "../env";

/**
 * Every file route belongs to a signed-in musician: the session cookie is verified here and the
 * api asked whether the session is still live (a signed-out browser is refused even with an
 * unexpired token). Sets `userId` for the routes.
 */
export const requireUser = createMiddleware<ScoresEnv>(async (c, next) => {
  const auth = await authenticateRequest(c.req.raw, {
    caller: "scores",
    sessionKeys: c.env.SESSION_KEYS,
    serviceKeys: c.env.SERVICE_KEYS,
    api: c.env.API,
  });
  if (!auth.ok) throw new AppError("unauthorized", auth.message, { reason: auth.reason });
  c.set("userId", auth.userId);
  await next();
});
