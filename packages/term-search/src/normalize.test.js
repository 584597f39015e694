import { expect, test } from "vitest";
import { editDistance, maxTyposFor } from "./edit-distance.js";
import { normalizeTerm, slugifyTerm, splitNames } from "./normalize.js";
import { namesOf } from "./term-names.js";
import { trigramsOf } from "./trigrams.js";

test("normalizes case, accents, ligatures and punctuation", () => {
  expect(normalizeTerm("  Crescéndo, poco a poco ")).toBe("crescendo poco a poco");
  expect(normalizeTerm("Étude")).toBe("etude");
  expect(normalizeTerm("Zeitmaß")).toBe("zeitmass");
  expect(normalizeTerm("oboe d'amore")).toBe("oboe d amore");
  expect(normalizeTerm("渐强")).toBe("渐强");
  expect(slugifyTerm("Poco a poco")).toBe("poco-a-poco");
});

test("splits equivalents into names and drops glosses", () => {
  expect(splitNames("Tempo, Zeitmaß (Zeitmass)")).toEqual(["Tempo", "Zeitmaß"]);
  expect(splitNames("schwer; ernst / sehr langsam")).toEqual(["schwer", "ernst", "sehr langsam"]);
  expect(splitNames("渐强、渐响")).toEqual(["渐强", "渐响"]);
});

test("lists an entry's names once each, the term first", () => {
  const names = namesOf({ term: "tempo", lang: "it", equivalents: { en: "tempo, speed", de: "Tempo" } });
  expect(names.map((name) => [name.normalized, name.kind])).toEqual([
    ["tempo", "term"],
    ["speed", "equivalent"],
  ]);
});

test("measures edits with transpositions and gives up past the budget", () => {
  expect(editDistance("alegro", "allegro", 2)).toBe(1);
  expect(editDistance("cresendo", "crescendo", 2)).toBe(1);
  expect(editDistance("crsecendo", "crescendo", 2)).toBe(1);
  expect(editDistance("largo", "presto", 2)).toBe(3);
  expect(maxTyposFor(3)).toBe(0);
  expect(maxTyposFor(5)).toBe(1);
  expect(maxTyposFor(8)).toBe(2);
});

test("pads trigrams the way the D1 trigger does", () => {
  expect(trigramsOf("lento")).toEqual([" le", "len", "ent", "nto", "to "]);
  expect(trigramsOf("a")).toEqual([" a "]);
});
