import { describe, expect, test } from "vitest";
import { de } from "../../i18n/messages/de";
import { en } from "../../i18n/messages/en";
import { createTranslate } from "../../i18n/translate";
import { createFormatters } from "../../ui/create-formatters";
import { formatSchedule, type ScheduleTextDeps } from "./schedule-text";

function depsFor(locale: "en" | "de"): ScheduleTextDeps {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return {
    t: createTranslate(locale === "en" ? en : de, locale),
    locale,
    formatLocalDate: createFormatters(locale).formatLocalDate,
    weekdays: Array.from({ length: 7 }, (_, day) => weekday.format(Date.UTC(2026, 2, 1 + day))),
  };
}

describe("formatSchedule", () => {
  test("weekdays read Monday first, with the start time, start date and end date", () => {
    const text = formatSchedule(
      {
        kind: "recurring",
        frequency: "weekly",
        interval: 1,
        daysOfWeek: [5, 0, 1],
        startDate: "2026-03-02",
        startTime: "07:30",
        until: "2026-06-30",
      },
      depsFor("en"),
    );
    expect(text).toBe("Every Mon, Fri, & Sun at 07:30 · from Mar 2, 2026 · until Jun 30, 2026");
  });

  test("every N days with a count, in English and German plurals", () => {
    const schedule = {
      kind: "recurring",
      frequency: "daily",
      interval: 3,
      daysOfWeek: [],
      startDate: "2026-03-02",
      count: 1,
    } as const;
    expect(formatSchedule({ ...schedule, daysOfWeek: [] }, depsFor("en"))).toBe(
      "Every 3 days · from Mar 2, 2026 · 1 session",
    );
    expect(formatSchedule({ ...schedule, daysOfWeek: [], interval: 1, count: 12 }, depsFor("de"))).toBe(
      "Jeden Tag · ab 02.03.2026 · 12 Einheiten",
    );
  });

  test("every second week and a single date", () => {
    const everyOther = {
      kind: "recurring",
      frequency: "weekly",
      interval: 2,
      daysOfWeek: [3],
      startDate: "2026-03-04",
    } as const;
    expect(formatSchedule({ ...everyOther, daysOfWeek: [3] }, depsFor("en"))).toBe(
      "Every 2 weeks on Wed · from Mar 4, 2026",
    );
    expect(formatSchedule({ kind: "single", date: "2026-05-05" }, depsFor("en"))).toBe("On May 5, 2026");
  });
});
