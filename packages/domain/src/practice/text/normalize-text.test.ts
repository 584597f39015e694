import { expect, test } from "vitest";
import { normalizeText } from "./normalize-text";

test("folds accents, case and punctuation", () => {
  expect(normalizeText("  Étude, Op. 10 — No. 3 ")).toBe("etude op 10 no 3");
  expect(normalizeText("Frédéric CHOPIN")).toBe("frederic chopin");
  expect(normalizeText("Dvořák: Humoreske")).toBe("dvorak humoreske");
  expect(normalizeText("Straße")).toBe("strasse");
});

test("keeps non-Latin letters", () => {
  expect(normalizeText("梁祝 小提琴协奏曲")).toBe("梁祝 小提琴协奏曲");
});
