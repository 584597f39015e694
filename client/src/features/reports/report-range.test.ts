import { describe, expect, test } from "vitest";
import { chooseTrendBucket, getPresetRange, parseCustomRange } from "./report-range";

describe("getPresetRange", () => {
  test("counts back from today, both ends included", () => {
    expect(getPresetRange("last7", "2026-03-04", 1)).toEqual({
      fromDate: "2026-02-26",
      toDate: "2026-03-04",
    });
    expect(getPresetRange("last30", "2026-03-04", 1).fromDate).toBe("2026-02-03");
    expect(getPresetRange("last365", "2026-03-04", 1).fromDate).toBe("2025-03-05");
  });

  test("follows the musician's week start and the calendar month and year", () => {
    expect(getPresetRange("thisWeek", "2026-03-04", 1).fromDate).toBe("2026-03-02");
    expect(getPresetRange("thisWeek", "2026-03-04", 0).fromDate).toBe("2026-03-01");
    expect(getPresetRange("thisMonth", "2026-03-04", 1).fromDate).toBe("2026-03-01");
    expect(getPresetRange("thisYear", "2026-03-04", 1).fromDate).toBe("2026-01-01");
  });
});

describe("parseCustomRange", () => {
  test("accepts an ordered pair of dates, a single day included", () => {
    expect(parseCustomRange("2026-01-01", "2026-01-01")).toEqual({
      ok: true,
      range: { fromDate: "2026-01-01", toDate: "2026-01-01" },
    });
  });

  test("refuses blank, reversed and over-long ranges", () => {
    expect(parseCustomRange("", "2026-01-01")).toEqual({ ok: false, reason: "invalid_date" });
    expect(parseCustomRange("2026-02-01", "2026-01-01")).toEqual({ ok: false, reason: "reversed" });
    expect(parseCustomRange("2000-01-01", "2026-01-01")).toEqual({ ok: false, reason: "too_long" });
  });
});

test("chooseTrendBucket keeps the chart between a handful and a few dozen bars", () => {
  expect(chooseTrendBucket({ fromDate: "2026-03-01", toDate: "2026-03-30" })).toBe("day");
  expect(chooseTrendBucket({ fromDate: "2026-01-01", toDate: "2026-03-31" })).toBe("week");
  expect(chooseTrendBucket({ fromDate: "2024-01-01", toDate: "2026-03-31" })).toBe("month");
});
