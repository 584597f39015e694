import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createTermIndex, searchTermIndex } from "./term-index.js";
import { curatedTermSchema } from "./term-schema.js";

// The real curated data: search quality is judged on what musicians will actually search.
const curatedDir = fileURLToPath(new URL("../../../edge-services/dictionary/data/curated", import.meta.url));
const entries = readdirSync(curatedDir)
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) =>
    curatedTermSchema.array().parse(JSON.parse(readFileSync(join(curatedDir, file), "utf8"))),
  );
const index = createTermIndex(entries);
const top = (/** @type {string} */ query) =>
  searchTermIndex(index, query, 10).hits.map((hit) => hit.item.term);

describe("offline search over the curated terms", () => {
  test("puts the exact term first", () => {
    expect(top("allegro")[0]).toBe("allegro");
  });

  test("tolerates typos and says what it corrected", () => {
    expect(top("alegro")[0]).toBe("allegro");
    expect(top("cresendo")[0]).toBe("crescendo");
    expect(searchTermIndex(index, "cresendo", 10).didYouMean).toBe("crescendo");
  });

  test("ignores accents", () => {
    expect(top("etude")[0]).toBe("étude");
  });

  test("finds an entry by its name in another language", () => {
    expect(top("langsam")).toContain("lento");
    expect(top("渐强")[0]).toBe("crescendo");
  });

  test("matches multi-word terms and prefixes", () => {
    expect(top("poco a poco")[0]).toBe("poco a poco");
    expect(top("rita")[0]).toBe("ritardando");
  });

  test("finds nothing for gibberish", () => {
    expect(top("qqqqzzzz")).toEqual([]);
  });
});
