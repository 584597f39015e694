import type { PlanSchedule } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { getLocalDate, getLocalDateTime } from "../practice/time/local-date";
import { getDayOfWeek } from "../practice/time/local-date-math";
import { getOccurrenceWindow } from "./occurrence-window";
import { mondays } from "./plan-test-docs";
import { isScheduledOn, listScheduledDates, type RecurringSchedule } from "./schedule-dates";

const zones = ["Pacific/Auckland", "America/New_York", "Europe/Berlin", "Asia/Kolkata"] as const;
const year = { fromDate: "2026-01-01", toDate: "2026-12-31" };

function datesIn(schedule: PlanSchedule, fromDate: string, toDate: string): string[] {
  return listScheduledDates(schedule, { fromDate, toDate });
}

function recurring(schedule: Partial<RecurringSchedule>): RecurringSchedule {
  return { ...mondays, ...schedule };
}

describe("weekly schedules", () => {
  test("a Monday plan falls on every Monday of the year and nothing else", () => {
    const dates = listScheduledDates(mondays, year);
    expect(dates).toHaveLength(44); // 2026-03-02 … 2026-12-28
    expect(dates.every((date) => getDayOfWeek(date) === 1)).toBe(true);
    expect(dates[0]).toBe("2026-03-02");
    expect(dates.at(-1)).toBe("2026-12-28");
  });

  test.each(zones)("in %s every Monday at 07:30 stays 07:30 local across DST changes", (timeZone) => {
    for (const date of listScheduledDates(mondays, year)) {
      const { scheduledStart } = getOccurrenceWindow({ schedule: mondays, segments: [], timeZone }, date);
      const local = getLocalDateTime(Date.parse(scheduledStart), timeZone);
      expect(getLocalDate(Date.parse(scheduledStart), timeZone)).toBe(date);
      expect([local.hour, local.minute]).toEqual([7, 30]);
    }
  });

  test("the weeks around each zone's transitions keep their weekday", () => {
    const schedule = recurring({ daysOfWeek: [0, 1], startDate: "2026-01-01" });
    // New York 03-08 & 11-01, Berlin 03-29 & 10-25, Auckland 04-05 & 09-27: all Sundays.
    for (const sunday of [
      "2026-03-08",
      "2026-11-01",
      "2026-03-29",
      "2026-10-25",
      "2026-04-05",
      "2026-09-27",
    ]) {
      expect(isScheduledOn(schedule, sunday)).toBe(true);
    }
    expect(datesIn(schedule, "2026-03-07", "2026-03-10")).toEqual(["2026-03-08", "2026-03-09"]);
  });

  test("several weekdays come in date order", () => {
    const schedule = recurring({ daysOfWeek: [5, 1, 3] });
    expect(datesIn(schedule, "2026-03-01", "2026-03-08")).toEqual(["2026-03-02", "2026-03-04", "2026-03-06"]);
  });

  test("every second week counts calendar weeks from the start date's week (Monday first)", () => {
    const schedule = recurring({ interval: 2, daysOfWeek: [1, 4], startDate: "2026-03-04" });
    expect(datesIn(schedule, "2026-03-01", "2026-03-31")).toEqual([
      "2026-03-05",
      "2026-03-16",
      "2026-03-19",
      "2026-03-30",
    ]);
  });

  test("with no weekdays chosen, repeats on the start date's weekday", () => {
    const schedule = recurring({ daysOfWeek: [], startDate: "2026-03-04" });
    expect(datesIn(schedule, "2026-03-01", "2026-03-20")).toEqual(["2026-03-04", "2026-03-11", "2026-03-18"]);
  });
});

describe("every N days", () => {
  test("counts calendar days through a 23-hour spring-forward day", () => {
    const schedule = recurring({ frequency: "daily", interval: 3, startDate: "2026-03-07" });
    expect(datesIn(schedule, "2026-03-01", "2026-03-16")).toEqual([
      "2026-03-07",
      "2026-03-10",
      "2026-03-13",
      "2026-03-16",
    ]);
  });

  test("a range starting mid-way stays aligned to the start date", () => {
    const schedule = recurring({ frequency: "daily", interval: 3, startDate: "2026-10-20" });
    expect(datesIn(schedule, "2026-10-24", "2026-11-02")).toEqual(["2026-10-26", "2026-10-29", "2026-11-01"]);
  });

  test("daily ignores the weekdays", () => {
    const schedule = recurring({ frequency: "daily", interval: 1, daysOfWeek: [1], startDate: "2026-03-02" });
    expect(datesIn(schedule, "2026-03-02", "2026-03-04")).toHaveLength(3);
  });
});

describe("start and end", () => {
  test("nothing is due before the start date", () => {
    expect(datesIn(mondays, "2026-02-01", "2026-03-01")).toEqual([]);
  });

  test("an end date is the last day that can be due", () => {
    const schedule = recurring({ until: "2026-03-16" });
    expect(listScheduledDates(schedule, year)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
  });

  test("a count ends after that many occurrences, also for a range that starts later", () => {
    const schedule = recurring({ count: 3 });
    expect(listScheduledDates(schedule, year)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(datesIn(schedule, "2026-03-10", "2026-12-31")).toEqual(["2026-03-16"]);
    expect(datesIn(schedule, "2026-03-17", "2026-12-31")).toEqual([]);
  });

  test("a single plan is due on its date only", () => {
    const schedule: PlanSchedule = { kind: "single", date: "2026-05-05" };
    expect(listScheduledDates(schedule, year)).toEqual(["2026-05-05"]);
    expect(datesIn(schedule, "2026-05-06", "2026-05-31")).toEqual([]);
  });
});

describe("occurrence windows", () => {
  const plan = { schedule: mondays, segments: [], timeZone: "Pacific/Auckland" };

  test("Monday 07:30 in Auckland is still Sunday in UTC", () => {
    expect(getOccurrenceWindow(plan, "2026-03-02").scheduledStart).toBe("2026-03-01T18:30:00.000Z");
    expect(getOccurrenceWindow(plan, "2026-06-01").scheduledStart).toBe("2026-05-31T19:30:00.000Z");
  });

  test("Kolkata's half-hour offset is kept", () => {
    const kolkata = { ...plan, timeZone: "Asia/Kolkata" };
    expect(getOccurrenceWindow(kolkata, "2026-03-02").scheduledStart).toBe("2026-03-02T02:00:00.000Z");
  });

  test("a start time inside the spring-forward gap moves forward with the clocks", () => {
    const berlin = {
      schedule: recurring({ frequency: "daily", startTime: "02:30" }),
      segments: [],
      timeZone: "Europe/Berlin",
    };
    expect(getOccurrenceWindow(berlin, "2026-03-29").scheduledStart).toBe("2026-03-29T01:30:00.000Z");
  });

  test("the window lasts the plan's minutes", () => {
    const segments = [
      {
        id: "01955b3a-6c00-7000-9000-000000000001",
        label: "A",
        minutes: 10,
        pieceIds: [],
        techniques: [],
        tempoTargets: [],
      },
      {
        id: "01955b3a-6c00-7000-9000-000000000002",
        label: "B",
        minutes: 25,
        pieceIds: [],
        techniques: [],
        tempoTargets: [],
      },
    ];
    const window = getOccurrenceWindow({ ...plan, segments, timeZone: "America/New_York" }, "2026-03-09");
    expect(window).toEqual({
      scheduledStart: "2026-03-09T11:30:00.000Z",
      scheduledEnd: "2026-03-09T12:05:00.000Z",
    });
  });

  test("without a start time the window is the whole local day, 23 hours on spring-forward day", () => {
    const schedule: PlanSchedule = {
      kind: "recurring",
      frequency: "daily",
      interval: 1,
      daysOfWeek: [],
      startDate: "2026-03-01",
    };
    const window = getOccurrenceWindow(
      { schedule, segments: [], timeZone: "America/New_York" },
      "2026-03-08",
    );
    expect(window).toEqual({
      scheduledStart: "2026-03-08T05:00:00.000Z",
      scheduledEnd: "2026-03-09T03:59:59.999Z",
    });
  });
});
