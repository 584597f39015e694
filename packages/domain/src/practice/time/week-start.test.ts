import { describe, expect, test } from "vitest";
import {
  getLocaleWeekStartDay,
  getMonthStartDate,
  getNextMonthStartDate,
  getWeekStartDate,
} from "./week-start";

describe("week start", () => {
  test("follows the setting: Monday, Sunday or Saturday", () => {
    // 2026-03-04 is a Wednesday.
    expect(getWeekStartDate("2026-03-04", 1)).toBe("2026-03-02");
    expect(getWeekStartDate("2026-03-04", 0)).toBe("2026-03-01");
    expect(getWeekStartDate("2026-03-04", 6)).toBe("2026-02-28");
    expect(getWeekStartDate("2026-03-02", 1)).toBe("2026-03-02");
    expect(getWeekStartDate("2026-03-01", 1)).toBe("2026-02-23");
  });

  test("uses each supported language's convention by default", () => {
    expect(getLocaleWeekStartDay("en-US")).toBe(0);
    expect(getLocaleWeekStartDay("en-GB")).toBe(1);
    expect(getLocaleWeekStartDay("de")).toBe(1);
    expect(getLocaleWeekStartDay("fr")).toBe(1);
    expect(getLocaleWeekStartDay("es")).toBe(1);
    expect(getLocaleWeekStartDay("zh-Hant-TW")).toBe(0);
    expect(getLocaleWeekStartDay("ar-EG")).toBe(6);
    expect(getLocaleWeekStartDay("not a locale")).toBe(1);
  });

  test("finds month starts, including over a year end", () => {
    expect(getMonthStartDate("2026-03-17")).toBe("2026-03-01");
    expect(getNextMonthStartDate("2026-03-17")).toBe("2026-04-01");
    expect(getNextMonthStartDate("2026-12-17")).toBe("2027-01-01");
  });
});
