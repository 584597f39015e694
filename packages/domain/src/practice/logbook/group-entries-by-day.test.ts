import { describe, expect, test } from "vitest";
import { createTestEntry } from "../testing/practice-test-docs";
import { getLocalDate } from "../time/local-date";
import { groupEntriesByDay } from "./group-entries-by-day";

describe("groupEntriesByDay", () => {
  test("groups by the entry's local date with daily totals, newest first, today and yesterday marked", () => {
    const late = createTestEntry({
      startedAt: "2026-03-02T04:30:00.000Z",
      localDate: "2026-03-01",
      timeZone: "America/New_York",
      durationSec: 600,
    });
    const morning = createTestEntry({
      startedAt: "2026-03-02T13:00:00.000Z",
      localDate: "2026-03-02",
      durationSec: 900,
    });
    const evening = createTestEntry({
      startedAt: "2026-03-02T23:00:00.000Z",
      localDate: "2026-03-02",
      durationSec: 300,
    });
    const older = createTestEntry({ localDate: "2026-02-20" });
    const deleted = { ...createTestEntry({ localDate: "2026-03-02" }), _deleted: true };

    const today = getLocalDate(Date.parse("2026-03-03T03:00:00.000Z"), "America/New_York");
    const days = groupEntriesByDay([late, morning, older, evening, deleted], today);

    expect(days.map((day) => [day.localDate, day.totalSec, day.relativeDay])).toEqual([
      ["2026-03-02", 1200, "today"],
      ["2026-03-01", 600, "yesterday"],
      ["2026-02-20", 1800, undefined],
    ]);
    expect(days[0]?.entries.map((entry) => entry.id)).toEqual([evening.id, morning.id]);
  });

  test("an empty logbook has no days", () => {
    expect(groupEntriesByDay([], "2026-03-02")).toEqual([]);
  });
});
