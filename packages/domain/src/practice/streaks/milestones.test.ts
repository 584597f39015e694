import { expect, test } from "vitest";
import { createTestEntry } from "../testing/practice-test-docs";
import { addDays } from "../time/local-date-math";
import { listMilestones } from "./milestones";

test("marks hour milestones with the date the total crossed them, and streak milestones", () => {
  const entries = Array.from({ length: 12 }, (_, n) =>
    createTestEntry({ localDate: addDays("2026-01-01", n), durationSec: 5 * 3600 }),
  );
  const milestones = listMilestones(
    [...entries, { ...createTestEntry(), _deleted: true, durationSec: 86_400 }],
    30,
  );
  expect(milestones.filter((milestone) => milestone.kind === "hours")).toEqual([
    { kind: "hours", threshold: 10, isReached: true, reachedDate: "2026-01-02" },
    { kind: "hours", threshold: 50, isReached: true, reachedDate: "2026-01-10" },
    { kind: "hours", threshold: 100, isReached: false },
    { kind: "hours", threshold: 250, isReached: false },
    { kind: "hours", threshold: 500, isReached: false },
    { kind: "hours", threshold: 1000, isReached: false },
  ]);
  expect(
    milestones.filter((milestone) => milestone.kind === "streak").map((milestone) => milestone.isReached),
  ).toEqual([true, true, false, false]);
});
