import { flagRequestSchema, normalizeTerm, slugifyTerm } from "@mirubato/term-search";
import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import type { DictionaryEnv } from "../env";
import { findEntry } from "../terms/terms.store";
import { insertFlag } from "./flags.store";
import { consumeRateLimit, FLAG_LIMIT, requesterSubject } from "./rate-limit";

const termParamSchema = z.object({ term: z.string().trim().min(1).max(120) });

/** "This definition is wrong": stored for review, with nothing personal attached. */
export const flagRoutes = new Hono<DictionaryEnv>().post(
  "/terms/:term/flags",
  validate("param", termParamSchema),
  validate("json", flagRequestSchema),
  async (c) => {
    const { term } = c.req.valid("param");
    const flag = c.req.valid("json");
    const subject = await requesterSubject("flag", c.req.header("cf-connecting-ip"));
    const limit = await consumeRateLimit(c.env.DB, subject, FLAG_LIMIT, Date.now());
    if (!limit.isAllowed) {
      c.header("retry-after", String(limit.retryAfterSec));
      throw new AppError("rate_limited", "Too many reports from here; please try again later");
    }
    const entry = await findEntry(c.env.DB, slugifyTerm(term), normalizeTerm(term));
    if (!entry) throw new AppError("not_found", `“${term}” is not in the dictionary`);
    const id = await insertFlag(
      c.env.DB,
      { termId: entry.id, reason: flag.reason, note: flag.note },
      Date.now(),
    );
    return c.json({ id, status: "open" }, 202);
  },
);
