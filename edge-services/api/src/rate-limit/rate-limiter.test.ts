import { env } from "cloudflare:workers";
import { expect, test } from "vitest";
import { createBindingRateLimiter, createD1RateLimiter } from "./rate-limiter";

test("D1 limiter allows the budget, then refuses until the window ends", async () => {
  let nowMs = 1_800_000_000_000 + 15_000;
  const limiter = createD1RateLimiter(env.DB, () => nowMs, 3);
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await limiter.limit("ip:unit-test"));
  expect(results.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
  expect(results[3]).toEqual({ allowed: false, retryAfterSec: 45 });
  expect(await limiter.limit("ip:someone-else")).toEqual({ allowed: true });
  nowMs += 45_000;
  expect(await limiter.limit("ip:unit-test")).toEqual({ allowed: true });
});

test("binding limiter maps a refusal to a 60 s retry", async () => {
  const refusing = createBindingRateLimiter({ limit: async () => ({ success: false }) });
  const allowing = createBindingRateLimiter({ limit: async () => ({ success: true }) });
  expect(await refusing.limit("k")).toEqual({ allowed: false, retryAfterSec: 60 });
  expect(await allowing.limit("k")).toEqual({ allowed: true });
});
