import { describe, expect, test } from "vitest";
import { createTestEntry, createTestPiece } from "../testing/practice-test-docs";
import { computeBreakdown } from "./breakdown";
import { computeHeatmap } from "./heatmap";
import { computeOverview } from "./overview";
import { computeTrend } from "./trend";

const chopinA = createTestPiece({ title: "Nocturne", composer: "Frédéric Chopin" });
const chopinB = createTestPiece({ title: "Ballade", composer: "Chopin" });
const bach = createTestPiece({ title: "Prelude", composer: "J.S. Bach" });
const pieces = [chopinA, chopinB, bach];
// Monday 2026-03-02 is the start of this week (weekStartDay 1); today is Wednesday 2026-03-04.
const entries = [
  createTestEntry({ localDate: "2026-02-23", durationSec: 600, type: "lesson", tags: ["exam"] }),
  createTestEntry({ localDate: "2026-02-27", durationSec: 1200, instrument: "violin" }),
  createTestEntry({
    localDate: "2026-03-02",
    durationSec: 1800,
    pieces: [{ pieceId: chopinA.id }, { pieceId: bach.id }],
    tags: ["exam", "evening"],
  }),
  createTestEntry({
    localDate: "2026-03-04",
    durationSec: 900,
    pieces: [{ pieceId: chopinB.id }, { pieceId: chopinA.id }],
  }),
  createTestEntry({
    localDate: "2026-03-04",
    durationSec: 300,
    pieces: [{ pieceId: "01955b3a-6c00-7000-8000-0000000fffff" }],
  }),
  { ...createTestEntry({ localDate: "2026-03-04", durationSec: 5000 }), _deleted: true },
];
const calendar = { today: "2026-03-04", weekStartDay: 1 };

describe("computeOverview", () => {
  test("sums today, this week, last week (whole and to date) and all time, with streaks", () => {
    const overview = computeOverview(entries, calendar);
    expect(overview).toMatchObject({
      todaySec: 1200,
      thisWeekSec: 3000,
      lastWeekSec: 1800,
      lastWeekToDateSec: 600,
      totalSec: 4800,
      sessionCount: 5,
      practisedDayCount: 4,
    });
    // 03-02 and 03-04 with 03-03 forgiven; the gap before 03-02 is two days.
    expect(overview.streaks.currentDays).toBe(2);
  });

  test("uses the musician's week start", () => {
    expect(computeOverview(entries, { today: "2026-03-04", weekStartDay: 0 }).thisWeekSec).toBe(3000);
    expect(computeOverview(entries, { today: "2026-03-04", weekStartDay: 3 }).thisWeekSec).toBe(1200);
  });
});

describe("computeHeatmap", () => {
  test("gives every day of the range with levels relative to the busiest day", () => {
    const heatmap = computeHeatmap(entries, { fromDate: "2026-03-01", toDate: "2026-03-05" });
    expect(heatmap.map((day) => [day.localDate, day.totalSec, day.level])).toEqual([
      ["2026-03-01", 0, 0],
      ["2026-03-02", 1800, 4],
      ["2026-03-03", 0, 0],
      ["2026-03-04", 1200, 3],
      ["2026-03-05", 0, 0],
    ]);
  });
});

describe("computeTrend", () => {
  const range = { fromDate: "2026-02-20", toDate: "2026-03-04" };
  test("per week from the week start, empty weeks kept", () => {
    expect(computeTrend(entries, range, "week", 1)).toEqual([
      { periodStartDate: "2026-02-16", totalSec: 0, sessionCount: 0 },
      { periodStartDate: "2026-02-23", totalSec: 1800, sessionCount: 2 },
      { periodStartDate: "2026-03-02", totalSec: 3000, sessionCount: 3 },
    ]);
  });

  test("per month and per day", () => {
    expect(
      computeTrend(entries, range, "month", 1).map((point) => [point.periodStartDate, point.totalSec]),
    ).toEqual([
      ["2026-02-01", 1800],
      ["2026-03-01", 3000],
    ]);
    const daily = computeTrend(entries, range, "day", 1);
    expect(daily).toHaveLength(13);
    expect(daily.reduce((sum, point) => sum + point.totalSec, 0)).toBe(4800);
  });
});

describe("computeBreakdown", () => {
  test("by piece: equal shares, time without a piece under null, unknown pieces under their id", () => {
    const rows = computeBreakdown(entries, pieces, "piece");
    expect(rows.map((row) => [row.label, row.totalSec, row.sessionCount])).toEqual([
      ["", 1800, 2],
      ["Nocturne", 1350, 2],
      ["Prelude", 900, 1],
      ["Ballade", 450, 1],
      ["01955b3a-6c00-7000-8000-0000000fffff", 300, 1],
    ]);
    expect(rows.reduce((sum, row) => sum + row.totalSec, 0)).toBe(4800);
  });

  test("by composer: spellings of one composer grouped, one session per entry", () => {
    const rows = computeBreakdown(entries, pieces, "composer", { fromDate: "2026-03-01" });
    expect(rows.map((row) => [row.key, row.label, row.totalSec, row.sessionCount])).toEqual([
      ["chopin", "Frédéric Chopin", 1800, 2],
      ["bach", "J.S. Bach", 900, 1],
      [null, "", 300, 1],
    ]);
  });

  test("by instrument, type and tag (tags get the whole entry)", () => {
    expect(computeBreakdown(entries, pieces, "instrument").map((row) => [row.key, row.totalSec])).toEqual([
      ["piano", 3600],
      ["violin", 1200],
    ]);
    expect(computeBreakdown(entries, pieces, "type").map((row) => [row.key, row.totalSec])).toEqual([
      ["practice", 4200],
      ["lesson", 600],
    ]);
    expect(computeBreakdown(entries, pieces, "tag").map((row) => [row.key, row.totalSec])).toEqual([
      ["exam", 2400],
      [null, 2400],
      ["evening", 1800],
    ]);
  });
});
