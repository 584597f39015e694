import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { requireUser } from "../auth/require-user";
import type { SignedInEnv } from "../env";
import { consumeRateLimit, GENERATION_LIMIT, userSubject } from "../feedback/rate-limit";
import { requestTerm, termRequestMessageSchema } from "./generation.service";

/**
 * `POST /requests {term}`: a signed-in musician asks for a missing term (202 queued, 200 when it
 * exists after all), at most 10 a minute each (DESIGN.md §6).
 */
export const generationRoutes = new Hono<SignedInEnv>().post(
  "/requests",
  requireUser,
  validate("json", termRequestMessageSchema),
  async (c) => {
    const { term } = c.req.valid("json");
    const userId = c.get("userId");
    const now = Date.now();
    const limit = await consumeRateLimit(c.env.DB, userSubject("generate", userId), GENERATION_LIMIT, now);
    if (!limit.isAllowed) {
      c.header("retry-after", String(limit.retryAfterSec));
      throw new AppError("rate_limited", "Too many requests for new terms; please wait a minute");
    }
    const outcome = await requestTerm({ db: c.env.DB, queue: c.env.TERM_REQUESTS, nowMs: now }, term, userId);
    return c.json(outcome, outcome.status === "queued" ? 202 : 200);
  },
);
