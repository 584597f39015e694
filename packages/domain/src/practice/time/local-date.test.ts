import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getLocalDate, getLocalDateTime, getZoneOffsetMs } from "./local-date";

const at = (iso: string) => Date.parse(iso);

describe("getLocalDate", () => {
  test("keeps a late-evening New York session on its own day, not the UTC day", () => {
    expect(getLocalDate(at("2026-03-02T04:30:00.000Z"), "America/New_York")).toBe("2026-03-01");
  });

  test("gives dates two days apart at one instant in Kiritimati (+14) and Pago Pago (-11)", () => {
    const instant = at("2026-03-01T10:30:00.000Z");
    expect(getLocalDate(instant, "Pacific/Kiritimati")).toBe("2026-03-02");
    expect(getLocalDate(instant, "Pacific/Pago_Pago")).toBe("2026-02-28");
  });

  test("changes date exactly at local midnight", () => {
    expect(getLocalDate(at("2026-01-14T22:59:59.999Z"), "Europe/Berlin")).toBe("2026-01-14");
    expect(getLocalDate(at("2026-01-14T23:00:00.000Z"), "Europe/Berlin")).toBe("2026-01-15");
  });

  test("reads the half-hour offsets of Lord Howe across its DST change", () => {
    expect(getZoneOffsetMs(at("2026-01-15T00:00:00.000Z"), "Australia/Lord_Howe")).toBe(11 * 3_600_000);
    expect(getZoneOffsetMs(at("2026-07-15T00:00:00.000Z"), "Australia/Lord_Howe")).toBe(10.5 * 3_600_000);
  });

  test("matches the UTC date in UTC for any instant", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (instantMs) => {
        expect(getLocalDate(instantMs, "UTC")).toBe(new Date(instantMs).toISOString().slice(0, 10));
      }),
      { numRuns: 300 },
    );
  });

  test("reports 24-hour wall time at midnight, never 24:00", () => {
    expect(getLocalDateTime(at("2026-03-01T05:00:00.000Z"), "America/New_York").hour).toBe(0);
  });
});
