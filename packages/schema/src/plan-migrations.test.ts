import { describe, expect, test } from "vitest";
import { fixtureDocument } from "./fixture-document";
import { planOccurrenceMigrations } from "./plan-occurrence.migrations";
import { practicePlanMigrations } from "./practice-plan.migrations";

// Version-0 documents exactly as the first release stored them: regression fixtures, never edited.
const planV0 = fixtureDocument("01955b3a-6c00-7000-8000-000000000030", {
  title: "Weekday warm-up",
  description: "",
  timeZone: "Europe/Berlin",
  schedule: {
    kind: "recurring",
    frequency: "weekly",
    interval: 1,
    daysOfWeek: [1, 3, 5],
    startDate: "2026-03-02",
  },
  segments: [
    {
      id: "01955b3a-6c00-7000-8000-000000000031",
      label: "Scales",
      minutes: 10,
      pieceIds: [],
      techniques: ["scales"],
      tempoTargets: [{ tempoBpm: 96 }],
    },
  ],
  reflectionPrompts: [],
  status: "active",
});

const occurrenceV0 = fixtureDocument("01955b3a-6c00-7000-8000-000000000040", {
  planId: "01955b3a-6c00-7000-8000-000000000030",
  localDate: "2026-03-02",
  scheduledStart: "2026-03-02T06:30:00.000Z",
  scheduledEnd: "2026-03-02T06:50:00.000Z",
  status: "completed",
  checkInResponses: [],
  entryId: "01955b3a-6c00-7000-8000-000000000020",
});

describe("plan schema version 1 migrations", () => {
  test("carries a version-0 plan over unchanged", () => {
    expect(practicePlanMigrations[1]?.(planV0)).toEqual(planV0);
  });

  test("carries a version-0 occurrence over unchanged, keeping its single entry link", () => {
    expect(planOccurrenceMigrations[1]?.(occurrenceV0)).toEqual(occurrenceV0);
  });

  test("rejects a stored occurrence that was never valid", () => {
    expect(() => planOccurrenceMigrations[1]?.({ ...occurrenceV0, status: "finished" })).toThrow();
  });
});
