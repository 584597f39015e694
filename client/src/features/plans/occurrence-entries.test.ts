import { createTestEntry } from "@mirubato/domain/testing";
import { expect, test } from "vitest";
import { groupEntriesByOccurrence } from "./occurrence-entries";

const occurrenceId = "01955b3a-6c00-7000-9000-0000000000aa";

test("groups live entries by the occurrence they point at and sums their time", () => {
  const entries = [
    createTestEntry({ planOccurrenceId: occurrenceId, durationSec: 600, source: "plan" }),
    createTestEntry({ planOccurrenceId: occurrenceId, durationSec: 900, source: "plan" }),
    createTestEntry({ planOccurrenceId: occurrenceId, durationSec: 300 }, { isDeleted: true }),
    createTestEntry({ durationSec: 1200 }),
  ];
  const groups = groupEntriesByOccurrence(entries);
  expect([...groups.keys()]).toEqual([occurrenceId]);
  expect(groups.get(occurrenceId)?.totalSec).toBe(1500);
  expect(groups.get(occurrenceId)?.entries).toHaveLength(2);
});
