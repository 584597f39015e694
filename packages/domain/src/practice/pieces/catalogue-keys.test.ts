import { expect, test } from "vitest";
import { extractCatalogueKeys, removeCatalogueNumbers } from "./catalogue-keys";
import { getComposerKey } from "./composer-names";
import { getBigramSimilarity } from "./text-similarity";

test("reads opus numbers however they are written", () => {
  for (const text of [
    "Op. 28 No. 4",
    "op28/4",
    "Op.28, No.4",
    "opus 28 nr. 4",
    "Prelude in E minor, Op. 28 No. 4",
  ]) {
    expect(extractCatalogueKeys(text)).toEqual(["op28-4"]);
  }
  expect(extractCatalogueKeys("Op. 28")).toEqual(["op28"]);
  expect(extractCatalogueKeys("Op. 28 24 Preludes")).toEqual(["op28"]);
});

test("reads other catalogues and unifies K and KV", () => {
  expect(extractCatalogueKeys("BWV 846")).toEqual(["bwv846"]);
  expect(extractCatalogueKeys("K. 331")).toEqual(["k331"]);
  expect(extractCatalogueKeys("Sonata KV331")).toEqual(["k331"]);
  expect(extractCatalogueKeys("Hob. XVI:52")).toEqual(["hobxvi52"]);
  expect(extractCatalogueKeys("D. 960")).toEqual(["d960"]);
  expect(extractCatalogueKeys("Sonata in D major")).toEqual([]);
});

test("strips catalogue numbers from titles", () => {
  expect(removeCatalogueNumbers("Prelude, Op. 28 No. 4").trim()).toBe("prelude,");
});

test("compares composers by their surname across spellings", () => {
  expect(getComposerKey("Johann Sebastian Bach")).toBe("bach");
  expect(getComposerKey("J.S. Bach")).toBe("bach");
  expect(getComposerKey("Bach, Johann Sebastian")).toBe("bach");
  expect(getComposerKey("Pyotr Ilyich Tchaikovsky")).toBe("tchaikovsky");
  expect(getComposerKey("Chaikovsky")).toBe("tchaikovsky");
  expect(getComposerKey("Tschaikowsky")).toBe("tchaikovsky");
  expect(getComposerKey("Sergei Rachmaninov")).toBe(getComposerKey("Rachmaninoff"));
  expect(getComposerKey("Händel")).toBe(getComposerKey("Haendel"));
  expect(getComposerKey("Antonín Dvořák")).toBe("dvorak");
});

test("bigram similarity is 1 for equal strings and tolerates a typo", () => {
  expect(getBigramSimilarity("nocturne", "nocturne")).toBe(1);
  expect(getBigramSimilarity("nocturne", "noctrune")).toBeGreaterThan(0.5);
  expect(getBigramSimilarity("a", "b")).toBe(0);
});
