import { env, exports } from "cloudflare:workers";
import {
  termEntrySchema,
  termListResponseSchema,
  termNotFoundSchema,
  termPackSchema,
} from "@mirubato/term-search";
import { beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import { loadCuratedTerms } from "../test-setup/load-curated";

const origin = "http://mirubato.test/api/dictionary";
const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`${origin}${path}`, { headers });

beforeAll(loadCuratedTerms);

describe("GET /terms/{term}", () => {
  test("answers the full entry with related terms linked by slug", async () => {
    const response = await get("/terms/crescendo?lang=fr");
    expect(response.status).toBe(200);
    const entry = termEntrySchema.parse(await response.json());
    expect(entry).toMatchObject({ term: "crescendo", slug: "crescendo", lang: "it", category: "dynamics" });
    expect(entry.equivalent).toBe(entry.equivalents.fr);
    expect(entry.provenance).toMatchObject({ source: "curated", reviewed: true, confidence: null });
    expect(entry.pronunciation?.ipa).toBeTruthy();
    expect(entry.related.length).toBeGreaterThan(0);
    expect(entry.related.every((related) => related.slug !== null)).toBe(true);
  });

  test("accepts the term as typed as well as its slug", async () => {
    for (const key of ["poco-a-poco", "Poco%20a%20poco", "etude"]) {
      expect((await get(`/terms/${key}`)).status).toBe(200);
    }
  });

  test("answers a missing term with 404, the envelope and suggestions", async () => {
    const response = await get("/terms/alegro");
    expect(response.status).toBe(404);
    const body = termNotFoundSchema.parse(await response.json());
    expect(body.error.code).toBe("not_found");
    expect(body.suggestions[0]?.term).toBe("allegro");
  });

  test("is publicly cacheable, with a strong ETag and 304 on If-None-Match", async () => {
    const first = await get("/terms/largo");
    expect(first.headers.get("cache-control")).toBe("public, max-age=3600, stale-while-revalidate=86400");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
    const revalidated = await get("/terms/largo", { "if-none-match": etag ?? "" });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
  });

  test("serves repeated look-ups from KV", async () => {
    await get("/terms/adagio");
    await expect.poll(async () => (await get("/terms/adagio")).headers.get("x-cache")).toBe("hit");
  });

  test("serves a changed entry within a second: the cache key follows the data version", async () => {
    await get("/terms/presto");
    await expect.poll(async () => (await get("/terms/presto")).headers.get("x-cache")).toBe("hit");
    const before = (await get("/terms/presto")).headers.get("etag");
    await env.DB.prepare(
      "UPDATE terms SET concise_definition = 'Very fast (edited).' WHERE slug = 'presto'",
    ).run();
    // Each isolate re-reads the data version at most once a second (src/cache/isolate-memory.ts).
    await expect
      .poll(async () => termEntrySchema.parse(await (await get("/terms/presto")).json()).concise, {
        timeout: 5_000,
        interval: 200,
      })
      .toBe("Very fast (edited).");
    expect((await get("/terms/presto")).headers.get("etag")).not.toBe(before);
  });

  test("computes answers within the per-address limit and still serves cached ones beyond it", async () => {
    const fromHere = (path: string) => get(path, { "cf-connecting-ip": "198.51.100.42" });
    // Computed once without an address (not counted), then served from the cache.
    await get("/terms/largo");
    // vitest.config.ts sets the limit to 30 computed answers a minute.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await fromHere(`/search?q=limit${i}`)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    const refused = await fromHere("/search?q=limit-last");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect((await fromHere("/terms/largo")).status).toBe(200);
    expect((await get("/search?q=limit-last", { "cf-connecting-ip": "198.51.100.43" })).status).toBe(200);
  });
});

describe("lists", () => {
  test("GET /popular ranks the most looked-up entries first", async () => {
    for (let i = 0; i < 3; i++) await get("/terms/fermata");
    // Views are written in batches, at most once a second; the answer is cached per 5 minutes.
    await expect
      .poll(
        async () => {
          const { results } = await env.DB.prepare(
            "SELECT views FROM term_views WHERE term_id = 'cur-it-fermata'",
          ).all();
          return results;
        },
        { timeout: 5_000, interval: 200 },
      )
      .toEqual([{ views: 3 }]);
    const response = await get("/popular?limit=50");
    const { results } = termListResponseSchema.parse(await response.json());
    const viewed = await env.DB.prepare(
      `SELECT terms.slug, term_views.views FROM term_views JOIN terms ON terms.id = term_views.term_id
       ORDER BY term_views.views DESC`,
    ).all<{ slug: string; views: number }>();
    const mostViewed = viewed.results.filter((row) => row.views === viewed.results[0]?.views);
    expect(mostViewed.map((row) => row.slug)).toContain(results[0]?.slug);
    // Every looked-up entry comes before every entry nobody has looked up.
    const viewedSlugs = new Set(viewed.results.map((row) => row.slug));
    const firstUnviewed = results.findIndex((result) => !viewedSlugs.has(result.slug));
    expect(results.slice(0, firstUnviewed).map((result) => result.slug)).toContain("fermata");
    expect(results.slice(firstUnviewed).some((result) => viewedSlugs.has(result.slug))).toBe(false);
    // The list is full even though most entries were never looked up: essentials fill it.
    expect(results).toHaveLength(50);
    expect(new Set(results.map((result) => result.slug)).size).toBe(50);
  });

  test("GET /popular on a dictionary nobody has used yet lists the essentials, tempo first", async () => {
    await env.DB.prepare("DELETE FROM term_views").run();
    const response = await get("/popular?lang=es&limit=12");
    const { results } = termListResponseSchema.parse(await response.json());
    expect(results).toHaveLength(12);
    expect(results[0]?.category).toBe("tempo");
  });

  test("GET /browse filters by category and first letter", async () => {
    const response = await get("/browse?category=tempo&letter=a");
    const { results } = termListResponseSchema.parse(await response.json());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => result.category === "tempo" && result.slug.startsWith("a"))).toBe(true);
    expect((await get("/browse?category=nope")).status).toBe(400);
  });

  test("GET /pack holds every entry, with an ETag", async () => {
    const response = await get("/pack");
    expect(response.headers.get("etag")).toBeTruthy();
    const pack = termPackSchema.parse(await response.json());
    const count = z
      .object({ n: z.number() })
      .parse(await env.DB.prepare("SELECT count(*) AS n FROM terms").first());
    expect(pack.terms.length).toBe(count.n);
  });

  test("GET /pages lists every entry's slug for the sitemap", async () => {
    const body = z
      .object({ terms: z.array(z.object({ slug: z.string(), updatedAt: z.string() })) })
      .parse(await (await get("/pages")).json());
    expect(body.terms.map((term) => term.slug)).toContain("crescendo");
  });
});
