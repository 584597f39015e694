import { expect, test } from "vitest";
import { dictionaryTermParamsSchema } from "./dictionary-term-params";

test("accepts a served language and a term", () => {
  expect(dictionaryTermParamsSchema.parse({ lang: "zh-TW", term: "rubato" })).toEqual({
    lang: "zh-TW",
    term: "rubato",
  });
});

test("rejects an unknown language and an empty term", () => {
  expect(dictionaryTermParamsSchema.safeParse({ lang: "xx", term: "rubato" }).success).toBe(false);
  expect(dictionaryTermParamsSchema.safeParse({ lang: "en", term: "  " }).success).toBe(false);
});
