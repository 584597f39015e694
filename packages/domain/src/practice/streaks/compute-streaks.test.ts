import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { createTestEntry } from "../testing/practice-test-docs";
import { getLocalDate } from "../time/local-date";
import { addDays, listLocalDates } from "../time/local-date-math";
import { collectPractisedDates, computeStreaks } from "./compute-streaks";

const day = (n: number) => addDays("2026-03-01", n);
const days = (...offsets: number[]) => offsets.map(day);

describe("computeStreaks", () => {
  test("counts consecutive practised days", () => {
    expect(computeStreaks(days(0, 1, 2, 3), day(3))).toMatchObject({
      currentDays: 4,
      longestDays: 4,
      currentStartDate: day(0),
      isPractisedToday: true,
      isRestDayAvailable: true,
    });
  });

  test("today not practised yet does not break the streak", () => {
    expect(computeStreaks(days(0, 1, 2), day(3))).toMatchObject({ currentDays: 3, isPractisedToday: false });
  });

  test("forgives one missed day; the rest day adds nothing to the length", () => {
    expect(computeStreaks(days(0, 1, 3, 4), day(4)).currentDays).toBe(4);
  });

  test("a streak with yesterday missed is alive but has no rest day left today", () => {
    expect(computeStreaks(days(0, 1, 2), day(4))).toMatchObject({
      currentDays: 3,
      isRestDayAvailable: false,
    });
  });

  test("two missed days in a row end the streak", () => {
    expect(computeStreaks(days(0, 1, 4, 5), day(5))).toMatchObject({ currentDays: 2, longestDays: 2 });
    expect(computeStreaks(days(0, 1, 2), day(5)).currentDays).toBe(0);
  });

  test("a second miss within seven days ends the streak, a miss a week later does not", () => {
    // missed day 2 and day 6: 4 days apart → the streak through day 2 ends; the one alive today
    // starts after that first miss (days 3–8, one forgiven miss): 5 practised days.
    const summary = computeStreaks(days(0, 1, 3, 4, 5, 7, 8), day(8));
    expect(summary.currentDays).toBe(5);
    expect(summary.currentStartDate).toBe(day(3));
    // missed day 2 and day 9: 7 days apart → forgiven.
    expect(computeStreaks(days(0, 1, 3, 4, 5, 6, 7, 8, 10), day(10)).currentDays).toBe(9);
  });

  test("reports the longest streak even when the current one is shorter", () => {
    const summary = computeStreaks([...listLocalDates(day(0), day(9)), day(20)], day(20));
    expect(summary).toMatchObject({
      currentDays: 1,
      longestDays: 10,
      longestStartDate: day(0),
      longestEndDate: day(9),
    });
  });

  test("an empty logbook has no streak", () => {
    expect(computeStreaks([], day(0))).toEqual({
      currentDays: 0,
      longestDays: 0,
      isPractisedToday: false,
      isRestDayAvailable: false,
    });
  });

  test("counts the musician's days, not UTC days: late-evening practice in New York", () => {
    // Every session at 23:30 New York time is the next day in UTC; the streak must still be daily.
    const entries = [0, 1, 2].map((n) =>
      createTestEntry({
        startedAt: `${day(n + 1)}T04:30:00.000Z`,
        localDate: getLocalDate(Date.parse(`${day(n + 1)}T04:30:00.000Z`), "America/New_York"),
        timeZone: "America/New_York",
      }),
    );
    const today = getLocalDate(Date.parse(`${day(3)}T12:00:00.000Z`), "America/New_York");
    expect(computeStreaks(collectPractisedDates(entries), today)).toMatchObject({
      currentDays: 3,
      isPractisedToday: false,
    });
  });

  test("survives flying west: a practised date after today counts as today", () => {
    const tokyo = getLocalDate(Date.parse("2026-03-02T01:00:00.000Z"), "Asia/Tokyo");
    const newYorkToday = getLocalDate(Date.parse("2026-03-02T20:00:00.000Z"), "America/New_York");
    expect(computeStreaks([day(0), tokyo], newYorkToday)).toMatchObject({
      currentDays: 2,
      isPractisedToday: true,
    });
  });

  test("zero-length and deleted entries do not count as practice", () => {
    const entries = [createTestEntry({ durationSec: 0 }), { ...createTestEntry(), _deleted: true }];
    expect(collectPractisedDates(entries).size).toBe(0);
  });

  test("a streak never exceeds the practised days and adding a day never shortens the longest", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        (offsets, extra) => {
          const before = computeStreaks(offsets.map(day), day(70));
          const after = computeStreaks([...offsets, extra].map(day), day(70));
          expect(before.longestDays).toBeLessThanOrEqual(offsets.length);
          expect(after.longestDays).toBeGreaterThanOrEqual(before.longestDays);
        },
      ),
    );
  });
});

test("a second miss too soon keeps the days practised since the first miss", () => {
  // 43, 45, 47, 48: missing 44 is forgiven; missing 46 comes too soon after it, so the longest
  // streak is 45–48 (three practised days, one forgiven miss), not two.
  const dates = ["2026-02-12", "2026-02-14", "2026-02-16", "2026-02-17"];
  const summary = computeStreaks(dates, "2026-02-17");
  expect(summary.longestDays).toBe(3);
  expect(summary.longestStartDate).toBe("2026-02-14");
  expect(summary.currentDays).toBe(3);
});
