import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { searchResponseSchema, suggestResponseSchema } from "@mirubato/term-search";
import { beforeAll, describe, expect, test } from "vitest";
import { loadCuratedTerms } from "../test-setup/load-curated";

const origin = "http://mirubato.test/api/dictionary";

async function search(q: string, query = "") {
  const response = await exports.default.fetch(`${origin}/search?q=${encodeURIComponent(q)}${query}`);
  expect(response.status).toBe(200);
  return searchResponseSchema.parse(await response.json());
}

const terms = async (q: string) => (await search(q)).results.map((result) => result.term);

beforeAll(loadCuratedTerms);

describe("GET /search over the curated terms", () => {
  test("puts the exact term first", async () => {
    expect((await terms("allegro"))[0]).toBe("allegro");
  });

  test("tolerates typos and suggests the correction", async () => {
    expect((await terms("alegro"))[0]).toBe("allegro");
    const cresendo = await search("cresendo");
    expect(cresendo.results[0]?.term).toBe("crescendo");
    expect(cresendo.didYouMean).toBe("crescendo");
  });

  test("finds accented terms without accents", async () => {
    expect((await terms("etude"))[0]).toBe("étude");
  });

  test("finds an entry by its name in any of the six languages", async () => {
    expect(await terms("langsam")).toContain("lento");
    expect((await terms("渐强"))[0]).toBe("crescendo");
  });

  test("matches multi-word terms and prefixes while typing", async () => {
    expect((await terms("poco a poco"))[0]).toBe("poco a poco");
    expect((await terms("rita"))[0]).toBe("ritardando");
  });

  test("finds words of the definition through the full-text index", async () => {
    const results = await terms("gradually slower");
    expect(results.length).toBeGreaterThan(0);
  });

  test("gives the entry's name in the requested language and honours the limit", async () => {
    const { results } = await search("crescendo", "&lang=de&limit=3");
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]?.equivalent).toBeTruthy();
  });

  test("answers nonsense with no results", async () => {
    expect(await search("qqqqzzzz")).toEqual({ results: [] });
  });

  test("rejects a missing query or an unknown language with the envelope", async () => {
    for (const query of ["", "?q=", "?q=largo&lang=xx", "?q=largo&limit=500"]) {
      const response = await exports.default.fetch(`${origin}/search${query}`);
      expect(response.status).toBe(400);
      expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("invalid_request");
    }
  });
});

describe("GET /suggest", () => {
  test("suggests terms for a prefix", async () => {
    const response = await exports.default.fetch(`${origin}/suggest?q=pres`);
    const { suggestions } = suggestResponseSchema.parse(await response.json());
    expect(suggestions.map((suggestion) => suggestion.term)).toContain("presto");
  });
});
