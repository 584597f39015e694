import { z } from "zod";

/**
 * Fixed-window counters in D1 (strongly consistent, unlike KV), per musician and action
 * (`userSubject`); a subject's older windows are deleted as it makes its next request.
 */
export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

export const FLAG_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 60 * 1000 };
/** DESIGN.md §6: dictionary generation, 10 per minute per user. */
export const GENERATION_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 1000 };

const hitsSchema = z.object({ hits: z.number() });

export async function consumeRateLimit(
  db: D1Database,
  subject: string,
  rule: RateLimit,
  nowMs: number,
): Promise<{ isAllowed: boolean; retryAfterSec: number }> {
  const windowStart = Math.floor(nowMs / rule.windowMs) * rule.windowMs;
  const [, counted] = await db.batch([
    db
      .prepare("DELETE FROM rate_limit_windows WHERE subject = ?1 AND window_start < ?2")
      .bind(subject, windowStart),
    db
      .prepare(
        `INSERT INTO rate_limit_windows (subject, window_start, hits) VALUES (?1, ?2, 1)
         ON CONFLICT (subject, window_start) DO UPDATE SET hits = hits + 1 RETURNING hits`,
      )
      .bind(subject, windowStart),
  ]);
  const { hits } = hitsSchema.parse(counted?.results[0]);
  return {
    isAllowed: hits <= rule.limit,
    retryAfterSec: Math.ceil((windowStart + rule.windowMs - nowMs) / 1000),
  };
}

/** What a musician's requests are counted for; each has its own window per user. */
export type LimitedAction = "flag" | "generate";
export const LIMITED_ACTIONS: readonly LimitedAction[] = ["flag", "generate"];

/** The counter of one musician for one action: a user id, so account deletion can find it. */
export function userSubject(action: LimitedAction, userId: string): string {
  return `${action}:user:${userId}`;
}
