import { z } from "zod";

/**
 * Fixed budgets per key (an IP, a hashed email) and per minute. Staging and production use
 * Cloudflare's rate-limit bindings; locally and in tests, D1 counters stand in (the bindings'
 * local simulation is not what we want to assert on).
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSec: number };

export interface RateLimiter {
  limit(key: string): Promise<RateLimitResult>;
}

const countRowSchema = z.object({ count: z.number() });

export const AUTH_LIMIT_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

/** Counts in the `rate_limits` table, one row per key and minute window. */
export function createD1RateLimiter(
  db: D1Database,
  now: () => number,
  limitPerWindow = AUTH_LIMIT_PER_MINUTE,
): RateLimiter {
  return {
    async limit(key) {
      const nowMs = now();
      const windowStart = nowMs - (nowMs % WINDOW_MS);
      const row = await db
        .prepare(
          `INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1)
           ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count`,
        )
        .bind(key, windowStart)
        .first();
      const { count } = countRowSchema.parse(row);
      // A key's first hit in a window is a cheap moment to drop windows that have ended.
      if (count === 1) {
        await db
          .prepare("DELETE FROM rate_limits WHERE window_start < ?")
          .bind(windowStart - WINDOW_MS)
          .run();
      }
      if (count <= limitPerWindow) return { allowed: true };
      return { allowed: false, retryAfterSec: Math.ceil((windowStart + WINDOW_MS - nowMs) / 1000) };
    },
  };
}

/** Cloudflare's rate-limit binding (`[[ratelimits]]`, 10 per 60 s in wrangler.toml). */
export function createBindingRateLimiter(binding: RateLimit): RateLimiter {
  return {
    async limit(key) {
      const { success } = await binding.limit({ key });
      // The binding does not say when its window ends; its period is 60 s at most.
      return success ? { allowed: true } : { allowed: false, retryAfterSec: 60 };
    },
  };
}
