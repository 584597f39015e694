import { expect, test } from "vitest";
import { computePlanAdherence } from "./plan-adherence";
import { createTestOccurrence, createTestPlan } from "./plan-test-docs";

const march = { fromDate: "2026-03-01", toDate: "2026-03-31" };

test("counts done, partly, skipped and missed days and credits partly with half", () => {
  const plan = createTestPlan({ title: "Warm-up" });
  const occurrences = [
    createTestOccurrence(plan, "2026-03-02", { status: "completed" }),
    createTestOccurrence(plan, "2026-03-09", { status: "partial" }),
    createTestOccurrence(plan, "2026-03-16", { status: "skipped" }),
  ];
  // 03-23 is missed; 03-30 is after today and not counted.
  const report = computePlanAdherence([plan], occurrences, march, "2026-03-25");
  expect(report.total).toEqual({ due: 4, completed: 1, partial: 1, skipped: 1, missed: 1, rate: 1.5 / 4 });
  expect(report.plans).toEqual([{ planId: plan.id, title: "Warm-up", ...report.total }]);
});

test("today counts once checked in, and not yet when still open", () => {
  const plan = createTestPlan();
  expect(computePlanAdherence([plan], [], march, "2026-03-02").total.due).toBe(0);
  const done = createTestOccurrence(plan, "2026-03-02", { status: "completed" });
  expect(computePlanAdherence([plan], [done], march, "2026-03-02").total).toMatchObject({ due: 1, rate: 1 });
});

test("sums plans and leaves out plans with nothing due in the range", () => {
  const mondays = createTestPlan({ title: "Mondays" });
  const later = createTestPlan({
    title: "Later",
    schedule: { kind: "single", date: "2026-04-10" },
  });
  const daily = createTestPlan({
    title: "Daily",
    schedule: { kind: "recurring", frequency: "daily", interval: 1, daysOfWeek: [], startDate: "2026-03-01" },
  });
  const occurrences = [createTestOccurrence(daily, "2026-03-01", { status: "completed" })];
  const report = computePlanAdherence(
    [mondays, later, daily],
    occurrences,
    { fromDate: "2026-03-01", toDate: "2026-03-03" },
    "2026-03-10",
  );
  expect(report.plans.map((plan) => [plan.title, plan.due, plan.completed])).toEqual([
    ["Daily", 3, 1],
    ["Mondays", 1, 0],
  ]);
  expect(report.total).toMatchObject({ due: 4, completed: 1, missed: 3, rate: 0.25 });
});

test("a range entirely in the future has no rate", () => {
  const report = computePlanAdherence([createTestPlan()], [], march, "2026-02-01");
  expect(report.total.rate).toBeUndefined();
  expect(report.plans).toEqual([]);
});
