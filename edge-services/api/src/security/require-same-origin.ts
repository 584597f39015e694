import { AppError } from "@mirubato/worker-kit";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";

const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF defence in depth (SameSite=Lax is the first layer): a state-changing request that carries
 * cookies must come from an allowed app origin (APP_ORIGIN) or from the origin it was sent to (a
 * same-origin request, e.g. the e2e stack on another port). A missing Origin header is refused
 * too: every browser sends one on cross-origin and same-origin POSTs alike.
 */
export const requireSameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (STATE_CHANGING_METHODS.has(c.req.method) && c.req.header("cookie")) {
    const origin = c.req.header("origin");
    const isAllowed =
      origin !== undefined &&
      (origin === new URL(c.req.url).origin || c.var.deps.config.appOrigins.includes(origin));
    if (!isAllowed) throw new AppError("forbidden", "Changes are only accepted from the Mirubato app");
  }
  await next();
});
