import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { consumeRateLimit, GENERATION_LIMIT, userSubject } from "./rate-limit";

const minute = 60_000;
const windowStart = Math.floor(Date.now() / minute) * minute;

async function allowedOf(subject: string, count: number, nowMs: number) {
  const outcomes: boolean[] = [];
  for (let i = 0; i < count; i++)
    outcomes.push((await consumeRateLimit(env.DB, subject, GENERATION_LIMIT, nowMs)).isAllowed);
  return outcomes;
}

test("allows 10 generation requests a minute per user, then again in the next minute", async () => {
  const subject = userSubject("generate", "user-a");
  expect(await allowedOf(subject, 11, windowStart + 1_000)).toEqual([...Array(10).fill(true), false]);
  const refused = await consumeRateLimit(env.DB, subject, GENERATION_LIMIT, windowStart + 50_000);
  expect(refused).toEqual({ isAllowed: false, retryAfterSec: 10 });
  expect(await allowedOf(subject, 1, windowStart + minute)).toEqual([true]);
  // The older window went as the new one started.
  const { results } = await env.DB.prepare("SELECT window_start FROM rate_limit_windows WHERE subject = ?1")
    .bind(subject)
    .all();
  expect(results).toEqual([{ window_start: windowStart + minute }]);
});

test("counts each user and each action apart", async () => {
  await allowedOf(userSubject("generate", "user-b"), 10, windowStart);
  expect(await allowedOf(userSubject("generate", "user-c"), 1, windowStart)).toEqual([true]);
  expect(await allowedOf(userSubject("flag", "user-b"), 1, windowStart)).toEqual([true]);
});
