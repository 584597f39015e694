import { describe, expect, test } from "vitest";
import { getLocalDateAndTime, getTimeOfDay, toInstantMs } from "./local-time";

describe("toInstantMs", () => {
  test("reads a wall-clock time in the given zone", () => {
    expect(toInstantMs("2026-03-01", "18:30", "America/New_York")).toBe(Date.parse("2026-03-01T23:30:00Z"));
    expect(toInstantMs("2026-07-01", "09:00", "Europe/Berlin")).toBe(Date.parse("2026-07-01T07:00:00Z"));
    expect(toInstantMs("2026-01-15", "00:00", "Asia/Kolkata")).toBe(Date.parse("2026-01-14T18:30:00Z"));
  });

  test("moves a time skipped by spring-forward just past the gap", () => {
    const instant = toInstantMs("2026-03-29", "02:30", "Europe/Berlin");
    expect(getLocalDateAndTime(instant, "Europe/Berlin")).toEqual({
      localDate: "2026-03-29",
      timeOfDay: "03:30",
    });
  });

  test("takes the first of two occurrences on a fall-back day", () => {
    expect(toInstantMs("2026-10-25", "02:30", "Europe/Berlin")).toBe(Date.parse("2026-10-25T00:30:00Z"));
  });

  test("round-trips with getTimeOfDay across zones", () => {
    for (const zone of ["UTC", "Australia/Lord_Howe", "America/Santiago", "Pacific/Kiritimati"]) {
      const instant = toInstantMs("2026-06-10", "21:45", zone);
      expect(getTimeOfDay(instant, zone)).toBe("21:45");
    }
  });
});
