import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays,
  countDaysBetween,
  fromEpochDay,
  getDayOfWeek,
  listLocalDates,
  toEpochDay,
} from "./local-date-math";

describe("local date math", () => {
  test("counts calendar days, not 24-hour spans, across a DST change", () => {
    expect(countDaysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(countDaysBetween("2026-03-30", "2026-03-28")).toBe(-2);
  });

  test("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  test("knows the day of the week", () => {
    expect(getDayOfWeek("2026-03-01")).toBe(0);
    expect(getDayOfWeek("2026-03-07")).toBe(6);
    expect(getDayOfWeek("1969-12-31")).toBe(3);
  });

  test("lists an inclusive range", () => {
    expect(listLocalDates("2026-02-27", "2026-03-01")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
    expect(listLocalDates("2026-03-01", "2026-02-27")).toEqual([]);
  });

  test("day numbers round-trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 40_000 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  test("rejects text that is not a date", () => {
    expect(() => toEpochDay("yesterday")).toThrow(RangeError);
  });
});
