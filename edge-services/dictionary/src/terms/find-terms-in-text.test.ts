import { expect, test } from "vitest";
import { createTermMatcher, findTermsInText } from "./find-terms-in-text";

const matcher = createTermMatcher([
  { id: "1", term: "poco a poco", category: "expression", normalized: "poco a poco" },
  { id: "2", term: "poco", category: "expression", normalized: "poco" },
  { id: "3", term: "a tempo", category: "tempo", normalized: "a tempo" },
  { id: "4", term: "grave", category: "tempo", normalized: "grave" },
  { id: "5", term: "grave", category: "expression", normalized: "grave" },
]);

test("joins consecutive words across inputs and within one", () => {
  expect(findTermsInText(matcher, ["Poco", "a", "poco"]).map((match) => match.id)).toEqual(["2", "1"]);
  expect(findTermsInText(matcher, ["then a tempo."]).map((match) => match.id)).toEqual(["3"]);
});

test("lists every entry of a shared spelling, once each, in order of appearance", () => {
  expect(findTermsInText(matcher, ["GRAVE", "poco", "grave"]).map((match) => match.id)).toEqual([
    "4",
    "5",
    "2",
  ]);
});

test("finds nothing in empty or unrelated text", () => {
  expect(findTermsInText(matcher, [])).toEqual([]);
  expect(findTermsInText(matcher, ["", "  ", "allegro"])).toEqual([]);
});
