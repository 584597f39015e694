import { createTestEntry, createTestId } from "@mirubato/domain/testing";
import { expect, test } from "vitest";
import { summarizeDay } from "./summarize-day";

function entry(n: number, durationSec: number, isDeleted = false) {
  return createTestEntry({ durationSec }, { id: createTestId(2000 + n), isDeleted });
}

test("adds up the day's live entries against the goal", () => {
  expect(summarizeDay([entry(1, 600), entry(2, 300), entry(3, 900, true)], 30)).toEqual({
    totalSec: 900,
    goalSec: 1800,
    goalFraction: 0.5,
  });
});

test("caps the goal fraction at one and handles no goal", () => {
  expect(summarizeDay([entry(1, 7200)], 30).goalFraction).toBe(1);
  expect(summarizeDay([entry(1, 7200)], 0)).toEqual({ totalSec: 7200, goalSec: 0, goalFraction: 0 });
});
