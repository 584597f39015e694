import { appLanguageSchema, normalizeTerm, termCategorySchema } from "@mirubato/term-search";
import { validate } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { cachedJson, POPULAR_CACHE, SEARCH_CACHE, TERM_CACHE } from "../cache/cached-json";
import { isolateMemory } from "../cache/isolate-memory";
import type { DictionaryEnv } from "../env";
import { searchTerms, suggestTerms } from "../search/search.service";
import { limitReads } from "./read-limit";
import { browseTerms, buildPack, lookUpTerm, popularTerms, termPages } from "./terms.service";

const lang = appLanguageSchema.default("en");
const query = z.string().trim().min(1).max(100);
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const searchQuerySchema = z.object({ q: query, lang, limit: limit(50, 10) });
const suggestQuerySchema = z.object({ q: query, limit: limit(20, 8) });
const termParamSchema = z.object({ term: z.string().trim().min(1).max(120) });
const langQuerySchema = z.object({ lang });
const popularQuerySchema = z.object({ lang, limit: limit(50, 12) });
const browseQuerySchema = z.object({
  category: termCategorySchema.optional(),
  letter: z
    .string()
    .regex(/^[a-z]$/)
    .optional(),
  lang,
  limit: limit(200, 50),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

// Popularity moves without a data version change: its cache key carries a five-minute bucket.
const POPULAR_BUCKET_MS = 5 * 60 * 1000;

/**
 * The public, read-only routes of DESIGN.md §3b, every answer through the cache. Search keys use
 * the normalized query ("Étude", "etude!" and "ETUDE" share one answer); computing an answer
 * (not serving a cached one) counts against the caller's address (`limitReads`).
 */
export const termRoutes = new Hono<DictionaryEnv>()
  .get("/search", validate("query", searchQuerySchema), (c) => {
    const input = c.req.valid("query");
    const key = `search:${input.lang}:${input.limit}:${normalizeTerm(input.q)}`;
    return cachedJson(c, key, SEARCH_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await searchTerms(c.env.DB, input) };
    });
  })
  .get("/suggest", validate("query", suggestQuerySchema), (c) => {
    const { q, limit } = c.req.valid("query");
    return cachedJson(c, `suggest:${limit}:${normalizeTerm(q)}`, SEARCH_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await suggestTerms(c.env.DB, q, limit) };
    });
  })
  .get("/terms/:term", validate("param", termParamSchema), validate("query", langQuerySchema), (c) => {
    const { term } = c.req.valid("param");
    const { lang } = c.req.valid("query");
    return cachedJson(
      c,
      `term:${lang}:${term.toLowerCase()}`,
      TERM_CACHE,
      async () => {
        await limitReads(c);
        const lookup = await lookUpTerm(c.env.DB, term, lang);
        return lookup.found
          ? { status: 200, body: lookup.entry, termId: lookup.entry.id }
          : { status: 404, body: lookup.body };
      },
      (answer) => {
        const write = answer.termId ? isolateMemory.countView(c.env.DB, answer.termId) : undefined;
        if (write) c.executionCtx.waitUntil(write);
      },
    );
  })
  .get("/popular", validate("query", popularQuerySchema), (c) => {
    const { lang, limit } = c.req.valid("query");
    const bucket = Math.floor(Date.now() / POPULAR_BUCKET_MS);
    return cachedJson(c, `popular:${bucket}:${lang}:${limit}`, POPULAR_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await popularTerms(c.env.DB, lang, limit) };
    });
  })
  .get("/browse", validate("query", browseQuerySchema), (c) => {
    const input = c.req.valid("query");
    const key = `browse:${input.lang}:${input.category ?? "*"}:${input.letter ?? "*"}:${input.limit}:${input.offset}`;
    return cachedJson(c, key, TERM_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await browseTerms(c.env.DB, input) };
    });
  })
  .get("/pack", (c) =>
    cachedJson(c, "pack", TERM_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await buildPack(c.env.DB, await isolateMemory.dataVersion(c.env.DB)) };
    }),
  )
  .get("/pages", (c) =>
    cachedJson(c, "pages", TERM_CACHE, async () => {
      await limitReads(c);
      return { status: 200, body: await termPages(c.env.DB) };
    }),
  );
