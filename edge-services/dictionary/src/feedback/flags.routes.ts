import { flagRequestSchema, normalizeTerm, slugifyTerm } from "@mirubato/term-search";
import { AppError, validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { requireUser } from "../auth/require-user";
import type { SignedInEnv } from "../env";
import { findEntry } from "../terms/terms.store";
import { upsertFlag } from "./flags.store";
import { consumeRateLimit, FLAG_LIMIT, userSubject } from "./rate-limit";

const termParamSchema = z.object({ term: z.string().trim().min(1).max(120) });

/** "This definition is wrong": a signed-in musician's report, stored for review. */
export const flagRoutes = new Hono<SignedInEnv>().post(
  "/terms/:term/flags",
  requireUser,
  validate("param", termParamSchema),
  validate("json", flagRequestSchema),
  async (c) => {
    const { term } = c.req.valid("param");
    const flag = c.req.valid("json");
    const userId = c.get("userId");
    const limit = await consumeRateLimit(c.env.DB, userSubject("flag", userId), FLAG_LIMIT, Date.now());
    if (!limit.isAllowed) {
      c.header("retry-after", String(limit.retryAfterSec));
      throw new AppError("rate_limited", "Too many reports for now; please try again later");
    }
    const entry = await findEntry(c.env.DB, slugifyTerm(term), normalizeTerm(term));
    if (!entry) throw new AppError("not_found", `“${term}” is not in the dictionary`);
    const id = await upsertFlag(
      c.env.DB,
      { termId: entry.id, userId, reason: flag.reason, note: flag.note },
      Date.now(),
    );
    return c.json({ id, status: "open" }, 202);
  },
);
