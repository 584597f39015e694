import { describe, expect, test } from "vitest";
import { getPlanOccurrenceId } from "./occurrence-id";
import { listDueToday, listPlanDays } from "./plan-days";
import { createTestOccurrence, createTestPlan, mondays } from "./plan-test-docs";

const march = { fromDate: "2026-03-01", toDate: "2026-03-31" };

describe("listPlanDays", () => {
  test("past days without a check-in are expired, today and later are scheduled", () => {
    const plan = createTestPlan();
    const days = listPlanDays(plan, [], march, "2026-03-16");
    expect(days.map((day) => [day.localDate, day.status])).toEqual([
      ["2026-03-02", "expired"],
      ["2026-03-09", "expired"],
      ["2026-03-16", "scheduled"],
      ["2026-03-23", "scheduled"],
      ["2026-03-30", "scheduled"],
    ]);
    expect(days[0]?.occurrenceId).toBe(getPlanOccurrenceId(plan.id, "2026-03-02"));
  });

  test("a check-in's status wins; a stored but unchecked occurrence still expires", () => {
    const plan = createTestPlan();
    const occurrences = [
      createTestOccurrence(plan, "2026-03-02", { status: "partial" }),
      createTestOccurrence(plan, "2026-03-09", { status: "scheduled" }),
    ];
    const days = listPlanDays(
      plan,
      occurrences,
      { fromDate: "2026-03-01", toDate: "2026-03-10" },
      "2026-03-16",
    );
    expect(days.map((day) => day.status)).toEqual(["partial", "expired"]);
    expect(days[0]?.occurrence?.status).toBe("partial");
  });

  test("a plan edited mid-way keeps its past occurrences on dates it no longer falls on", () => {
    const plan = createTestPlan();
    const done = createTestOccurrence(plan, "2026-03-02", { status: "completed" });
    const edited = { ...plan, schedule: { ...mondays, daysOfWeek: [3], startDate: "2026-03-10" } };
    const days = listPlanDays(edited, [done], { fromDate: "2026-03-01", toDate: "2026-03-14" }, "2026-03-12");
    expect(days.map((day) => [day.localDate, day.status])).toEqual([
      ["2026-03-02", "completed"],
      ["2026-03-11", "expired"],
    ]);
  });

  test("other plans' and deleted occurrences are ignored; an archived plan shows only its history", () => {
    const plan = createTestPlan({ status: "archived" });
    const other = createTestPlan();
    const occurrences = [
      createTestOccurrence(plan, "2026-03-09", { status: "skipped" }),
      { ...createTestOccurrence(plan, "2026-03-16"), _deleted: true },
      createTestOccurrence(other, "2026-03-02"),
    ];
    const days = listPlanDays(plan, occurrences, march, "2026-03-20");
    expect(days.map((day) => [day.localDate, day.status])).toEqual([["2026-03-09", "skipped"]]);
  });
});

describe("listDueToday", () => {
  test("lists the active plans that fall on today, by title, with their check-in", () => {
    const scales = createTestPlan({ title: "Scales" });
    const bach = createTestPlan({ title: "Bach" });
    const wednesday = createTestPlan({ title: "Études", schedule: { ...mondays, daysOfWeek: [3] } });
    const archived = createTestPlan({ title: "Old", status: "archived" });
    const checkIn = createTestOccurrence(bach, "2026-03-09", { status: "completed" });
    const due = listDueToday([scales, bach, wednesday, archived], [checkIn], "2026-03-09");
    expect(due.map(({ plan, day }) => [plan.title, day.status])).toEqual([
      ["Bach", "completed"],
      ["Scales", "scheduled"],
    ]);
  });
});
