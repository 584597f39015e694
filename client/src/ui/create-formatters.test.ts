import { describe, expect, test } from "vitest";
import { createFormatters, formattersFor } from "./create-formatters";

describe("createFormatters", () => {
  const en = createFormatters("en");

  test("formats durations in hours and minutes", () => {
    expect(en.formatDuration(3_900)).toBe("1 hr 5 min");
    expect(en.formatDuration(2_700)).toBe("45 min");
    expect(en.formatDuration(7_200)).toBe("2 hr");
    expect(en.formatDuration(59)).toBe("0 min");
  });

  test("formats a local date as that calendar day whatever the runtime zone", () => {
    expect(en.formatLocalDate("2026-03-01")).toBe("Sunday, March 1, 2026");
    expect(en.formatLocalDate("2026-03-01", "medium")).toBe("Mar 1, 2026");
  });

  test("formats a time of day in the entry's own zone", () => {
    const instant = "2026-03-01T23:30:00.000Z";
    expect(en.formatTimeOfDay(instant, "America/New_York")).toBe("6:30 PM");
    expect(en.formatTimeOfDay(instant, "Europe/Berlin")).toBe("12:30 AM");
    expect(en.formatDateOfInstant(instant, "Europe/Berlin")).toBe("Mar 2, 2026");
    expect(en.formatDateOfInstant(instant, "America/New_York")).toBe("Mar 1, 2026");
  });

  test("uses the locale's conventions", () => {
    const de = createFormatters("de");
    expect(de.formatNumber(1234.5)).toBe("1.234,5");
    expect(de.formatTimeOfDay("2026-03-01T13:05:00.000Z", "UTC")).toBe("13:05");
  });
});

describe("formattersFor", () => {
  test("shares one set per locale, so components do not each build their own", () => {
    expect(formattersFor("en")).toBe(formattersFor("en"));
    expect(formattersFor("de")).not.toBe(formattersFor("en"));
    expect(formattersFor("de").formatNumber(1234.5)).toBe("1.234,5");
  });
});
