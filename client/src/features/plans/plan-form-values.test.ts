import { createTestPiece } from "@mirubato/domain/testing";
import { describe, expect, test } from "vitest";
import {
  createEmptyPlanFormValues,
  createPlanItem,
  type PlanFormValues,
  toPlanContent,
  toPlanFormValues,
} from "./plan-form-values";

let idCounter = 0;
const createId = () => `01955b3a-6c00-7000-9000-${(++idCounter).toString(16).padStart(12, "0")}`;
const piece = createTestPiece({ title: "Clair de lune" });
const options = { timeZone: "America/New_York", pieces: [piece] };

function filledValues(): PlanFormValues {
  const values = createEmptyPlanFormValues("2026-03-02", 1, createId);
  const [item] = values.items;
  if (item === undefined) throw new Error("a new plan starts with one item");
  return {
    ...values,
    title: "  Morning routine ",
    items: [
      { ...item, technique: "Scales", startTempo: "80", targetTempo: "120" },
      { ...createPlanItem(createId), kind: "piece", pieceId: piece.id, minutes: "20" },
    ],
    daysOfWeek: [5, 1, 3],
    startTime: "07:30",
    prompts: "What went well?\n\n  What to fix tomorrow? ",
  };
}

describe("toPlanContent", () => {
  test("builds a weekly plan with a technique ladder and a piece in the musician's zone", () => {
    const result = toPlanContent(filledValues(), options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content).toMatchObject({
      title: "Morning routine",
      timeZone: "America/New_York",
      status: "active",
      schedule: {
        kind: "recurring",
        frequency: "weekly",
        interval: 1,
        daysOfWeek: [1, 3, 5],
        startDate: "2026-03-02",
        startTime: "07:30",
      },
      reflectionPrompts: ["What went well?", "What to fix tomorrow?"],
    });
    expect(result.content.segments.map(({ id: _id, ...segment }) => segment)).toEqual([
      {
        label: "Scales",
        minutes: 10,
        pieceIds: [],
        techniques: ["Scales"],
        tempoTargets: [{ tempoBpm: 120 }],
        startTempoBpm: 80,
      },
      { label: "Clair de lune", minutes: 20, pieceIds: [piece.id], techniques: [], tempoTargets: [] },
    ]);
  });

  test("every N days and an end by count or by date", () => {
    const values = {
      ...filledValues(),
      repeat: "interval" as const,
      intervalDays: "3",
      end: "count" as const,
      count: "12",
    };
    const byCount = toPlanContent(values, options);
    expect(byCount.ok && byCount.content.schedule).toMatchObject({
      frequency: "daily",
      interval: 3,
      daysOfWeek: [],
      count: 12,
    });
    const byDate = toPlanContent({ ...values, end: "date", endDate: "2026-04-30" }, options);
    expect(byDate.ok && byDate.content.schedule).toMatchObject({ until: "2026-04-30" });
  });

  test("names every wrong field", () => {
    const values = filledValues();
    const [scales, clair] = values.items;
    if (scales === undefined || clair === undefined) throw new Error("two items");
    const result = toPlanContent(
      {
        ...values,
        title: " ",
        items: [
          { ...scales, targetTempo: "60" },
          { ...clair, pieceId: "", minutes: "0" },
        ],
        daysOfWeek: [],
        end: "date",
        endDate: "2026-03-01",
      },
      options,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      title: "required",
      daysOfWeek: "required",
      endDate: "below_start",
      itemErrors: {
        [scales.id]: { targetTempo: "below_start" },
        [clair.id]: { subject: "required", minutes: "out_of_range" },
      },
    });
  });

  test("an interval beyond the schema's 52 days is out of range", () => {
    const result = toPlanContent({ ...filledValues(), repeat: "interval", intervalDays: "60" }, options);
    expect(!result.ok && result.errors.intervalDays).toBe("out_of_range");
  });

  test("editing keeps the plan's own zone, status and description", () => {
    const existing = {
      status: "archived" as const,
      description: "From my teacher",
      timeZone: "Europe/Berlin",
    };
    const result = toPlanContent(filledValues(), { ...options, existing });
    expect(result.ok && result.content).toMatchObject(existing);
  });
});

describe("toPlanFormValues", () => {
  test("round-trips a saved plan through the form", () => {
    const first = toPlanContent({ ...filledValues(), end: "count", count: "8" }, options);
    if (!first.ok) throw new Error("valid");
    const again = toPlanContent(toPlanFormValues(first.content), options);
    expect(again).toEqual(first);
  });
});
