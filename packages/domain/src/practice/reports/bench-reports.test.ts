import { expect, test } from "vitest";
import { benchReports } from "./bench-reports";
import { createSyntheticPractice } from "./synthetic-practice";

test("times every report over 10,000 synthetic entries", () => {
  const { entries, pieces } = createSyntheticPractice({
    entryCount: 10_000,
    years: 5,
    endDate: "2026-03-01",
  });
  expect(entries).toHaveLength(10_000);
  const timings = benchReports(entries, pieces, { today: "2026-03-01", runs: 3 });
  expect(timings.runs).toBe(3);
  for (const value of Object.values(timings)) expect(Number.isFinite(value)).toBe(true);
  console.info(
    `report timings over ${timings.entryCount} entries (ms): ${JSON.stringify(timings, (_key, value) => (typeof value === "number" ? Math.round(value * 100) / 100 : value))}`,
  );
});

test("the same seed gives the same logbook", () => {
  expect(createSyntheticPractice({ entryCount: 50 })).toEqual(createSyntheticPractice({ entryCount: 50 }));
});
