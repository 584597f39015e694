import { AppError } from "@mirubato/worker-kit";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { hashSecret } from "../security/secret-token";
import type { RateLimiter } from "./rate-limiter";

/**
 * Spends one unit of `key`'s budget or fails with 429 `rate_limited` and `Retry-After`. Keys are
 * hashed first so counters never hold an address or an IP in the clear.
 */
export async function enforceRateLimit(c: Context, limiter: RateLimiter, key: string): Promise<void> {
  const result = await limiter.limit(await hashSecret(key));
  if (result.allowed) return;
  c.header("retry-after", String(result.retryAfterSec));
  throw new AppError("rate_limited", "Too many attempts; try again shortly", {
    retryAfterSec: result.retryAfterSec,
  });
}

/** 10 auth requests a minute per client IP. */
export const limitAuthByIp = createMiddleware<AppEnv>(async (c, next) => {
  const ip = c.req.header("cf-connecting-ip") ?? "unknown";
  await enforceRateLimit(c, c.var.deps.ipRateLimiter, `auth-ip:${ip}`);
  await next();
});
