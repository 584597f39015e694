import { authenticateRequest } from "@mirubato/session-token";
import { AppError } from "@mirubato/worker-kit";
import { createMiddleware } from "hono/factory";
import type { SignedInEnv } from "../env";

/**
 * Routes that act for a musician (flags, term requests) need a live session: the cookie's JWT is
 * verified here, then the api is asked whether it was revoked. The user id it carries is what
 * per-user limits count and what account deletion later erases (DictionaryService.deleteUserData).
 */
export const requireUser = createMiddleware<SignedInEnv>(async (c, next) => {
  let auth: Awaited<ReturnType<typeof authenticateRequest>>;
  try {
    auth = await authenticateRequest(c.req.raw, {
      caller: "dictionary",
      sessionKeys: c.env.SESSION_KEYS,
      serviceKeys: c.env.SERVICE_KEYS,
      api: c.env.API,
    });
  } catch (error) {
    // The api could not be asked (or a secret is broken): refuse without blaming the musician.
    c.var.logger.error("session check failed", {
      errorMessage: error instanceof Error ? error.message : "unknown",
    });
    throw new AppError("service_unavailable", "Signing in cannot be checked right now; try again soon");
  }
  if (!auth.ok) throw new AppError("unauthorized", auth.message, { reason: auth.reason });
  c.set("userId", auth.userId);
  await next();
});
