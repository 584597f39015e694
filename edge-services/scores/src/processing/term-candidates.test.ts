import { expect, test } from "vitest";
import { termCandidates } from "./term-candidates";

test("offers unique lowercased words and adjacent pairs in order of appearance", () => {
  expect(termCandidates("Allegro con brio — a tempo, Allegro!")).toEqual([
    "allegro",
    "con",
    "brio",
    "tempo",
    "allegro con",
    "con brio",
    "brio a",
    "a tempo",
    "tempo allegro",
  ]);
});

test("keeps accented and non-Latin letters and drops numbers and punctuation", () => {
  expect(termCandidates("Très lent. 120 ♩ = 60 — Ritardando…")).toEqual([
    "très",
    "lent",
    "ritardando",
    "très lent",
    "lent ritardando",
  ]);
});

test("stops at the cap", () => {
  const text = Array.from(
    { length: 50 },
    (_, index) => `word${String.fromCharCode(97 + (index % 26))}${index}`,
  ).join(" ");
  expect(termCandidates(text, 10)).toHaveLength(10);
});
