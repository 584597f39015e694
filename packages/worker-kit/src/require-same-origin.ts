import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { AppError } from "./app-error";
import type { WorkerEnv } from "./worker-env";

const STATE_CHANGING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * `APP_ORIGIN` as the workers hold it: comma-separated absolute URLs, normalised to origins.
 *
 * @example
 * const origins = originListSchema.parse("https://mirubato.com, https://staging.mirubato.com");
 */
export const originListSchema = z
  .string()
  .transform((value) => value.split(",").map((origin) => origin.trim()))
  .pipe(z.array(z.url().transform((url) => new URL(url).origin)).min(1));

export interface SameOriginOptions<E extends WorkerEnv> {
  /** Origins allowed besides the request's own, e.g. `originListSchema.parse(c.env.APP_ORIGIN)`. */
  allowedOrigins: (c: Context<E>) => readonly string[];
}

/**
 * CSRF defence in depth for cookie-authenticated workers (SameSite=Lax is the first layer): a
 * state-changing request that carries cookies must come from an allowed app origin or from the
 * origin it was sent to (same-origin, e.g. the e2e stack on another port). A missing Origin is
 * refused too: browsers send one on cross-origin and same-origin POSTs alike.
 *
 * @example
 * app.use("/api/scores/files/*", requireSameOrigin({ allowedOrigins: (c) => originListSchema.parse(c.env.APP_ORIGIN) }));
 */
export function requireSameOrigin<E extends WorkerEnv>(options: SameOriginOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    // An empty Cookie header carries no credentials, so there is nothing to forge.
    if (STATE_CHANGING_METHODS.has(c.req.method) && c.req.header("cookie")) {
      const origin = c.req.header("origin");
      const isAllowed =
        origin !== undefined &&
        (origin === new URL(c.req.url).origin || options.allowedOrigins(c).includes(origin));
      if (!isAllowed) throw new AppError("forbidden", "Changes are only accepted from the Mirubato app");
    }
    await next();
  };
}
