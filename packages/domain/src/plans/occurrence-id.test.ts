import { isUuidV7, uuidV7TimestampMs } from "@mirubato/schema";
import { expect, test } from "vitest";
import { createTestId } from "../practice/testing/practice-test-docs";
import { listLocalDates } from "../practice/time/local-date-math";
import { getPlanOccurrenceId } from "./occurrence-id";

const planId = createTestId(1);

test("the same plan and date give the same id on every call (every device)", () => {
  expect(getPlanOccurrenceId(planId, "2026-03-02")).toBe(getPlanOccurrenceId(planId, "2026-03-02"));
});

test("the id is a valid lower-case UUIDv7 whose timestamp is the date", () => {
  const id = getPlanOccurrenceId(planId, "2026-03-02");
  expect(isUuidV7(id)).toBe(true);
  expect(new Date(uuidV7TimestampMs(id)).toISOString()).toBe("2026-03-02T00:00:00.000Z");
});

test("ids sort by date", () => {
  const dates = listLocalDates("2026-01-01", "2026-12-31");
  const ids = dates.map((date) => getPlanOccurrenceId(planId, date));
  expect(ids.toSorted()).toEqual(ids);
});

test("no two (plan, date) pairs share an id over 50 plans and two years", () => {
  const dates = listLocalDates("2026-01-01", "2027-12-31");
  const ids = new Set<string>();
  for (let plan = 1; plan <= 50; plan++) {
    for (const date of dates) ids.add(getPlanOccurrenceId(createTestId(plan), date));
  }
  expect(ids.size).toBe(50 * dates.length);
});
