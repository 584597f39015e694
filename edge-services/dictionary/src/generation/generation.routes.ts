import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import type { DictionaryEnv } from "../env";
import { consumeRateLimit, GENERATION_LIMIT, requesterSubject } from "../feedback/rate-limit";
import { requestTerm, termRequestMessageSchema } from "./generation.service";

/** `POST /requests {term}`: ask for a missing term (202 queued, 200 when it exists after all). */
export const generationRoutes = new Hono<DictionaryEnv>().post(
  "/requests",
  validate("json", termRequestMessageSchema),
  async (c) => {
    const { term } = c.req.valid("json");
    const subject = await requesterSubject("generate", c.req.header("cf-connecting-ip"));
    const limit = await consumeRateLimit(c.env.DB, subject, GENERATION_LIMIT, Date.now());
    if (!limit.isAllowed) {
      c.header("retry-after", String(limit.retryAfterSec));
      throw new AppError("rate_limited", "Too many requests for new terms; please wait a minute");
    }
    const outcome = await requestTerm({ db: c.env.DB, queue: c.env.TERM_REQUESTS, nowMs: Date.now() }, term);
    return c.json(outcome, outcome.status === "queued" ? 202 : 200);
  },
);
