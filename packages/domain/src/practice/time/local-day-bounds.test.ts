import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getLocalDate } from "./local-date";
import { addDays, fromEpochDay } from "./local-date-math";
import { getLocalDayEndMs, getLocalDayLengthSec, getLocalDayStartMs } from "./local-day-bounds";

const hourSec = 3600;

describe("local day bounds", () => {
  test("Berlin's spring-forward day lasts 23 hours and its fall-back day 25", () => {
    expect(getLocalDayStartMs("2026-03-29", "Europe/Berlin")).toBe(Date.parse("2026-03-28T23:00:00.000Z"));
    expect(getLocalDayLengthSec("2026-03-29", "Europe/Berlin")).toBe(23 * hourSec);
    expect(getLocalDayLengthSec("2026-10-25", "Europe/Berlin")).toBe(25 * hourSec);
    expect(getLocalDayLengthSec("2026-06-01", "Europe/Berlin")).toBe(24 * hourSec);
  });

  test("New York's DST days are 23 and 25 hours", () => {
    expect(getLocalDayLengthSec("2026-03-08", "America/New_York")).toBe(23 * hourSec);
    expect(getLocalDayLengthSec("2026-11-01", "America/New_York")).toBe(25 * hourSec);
    expect(getLocalDayStartMs("2026-11-01", "America/New_York")).toBe(Date.parse("2026-11-01T04:00:00.000Z"));
  });

  test("Lord Howe's half-hour DST makes 23.5- and 24.5-hour days", () => {
    expect(getLocalDayLengthSec("2026-10-04", "Australia/Lord_Howe")).toBe(23.5 * hourSec);
    expect(getLocalDayLengthSec("2026-04-05", "Australia/Lord_Howe")).toBe(24.5 * hourSec);
  });

  test("starts the day at 01:00 where DST skips midnight (Santiago)", () => {
    expect(getLocalDayStartMs("2024-09-08", "America/Santiago")).toBe(Date.parse("2024-09-08T04:00:00.000Z"));
    expect(getLocalDayLengthSec("2024-09-08", "America/Santiago")).toBe(23 * hourSec);
    expect(getLocalDayLengthSec("2024-09-07", "America/Santiago")).toBe(24 * hourSec);
  });

  test("day boundaries at the extreme zones +14 and -11", () => {
    expect(getLocalDayStartMs("2026-03-02", "Pacific/Kiritimati")).toBe(
      Date.parse("2026-03-01T10:00:00.000Z"),
    );
    expect(getLocalDayStartMs("2026-03-02", "Pacific/Pago_Pago")).toBe(
      Date.parse("2026-03-02T11:00:00.000Z"),
    );
  });

  test("the start belongs to the day and the instant before it to the previous day", () => {
    const zones = [
      "Europe/Berlin",
      "America/New_York",
      "Australia/Lord_Howe",
      "America/Santiago",
      "Asia/Kolkata",
    ];
    fc.assert(
      fc.property(fc.integer({ min: 19_000, max: 21_000 }), fc.constantFrom(...zones), (epochDay, zone) => {
        const date = fromEpochDay(epochDay);
        const startMs = getLocalDayStartMs(date, zone);
        expect(getLocalDate(startMs, zone)).toBe(date);
        expect(getLocalDate(startMs - 1000, zone)).toBe(addDays(date, -1));
        expect(getLocalDayEndMs(date, zone) - startMs).toBeGreaterThanOrEqual(22 * hourSec * 1000);
      }),
      { numRuns: 200 },
    );
  });
});
