import { describe, expect, test } from "vitest";
import {
  emptyGoalFormValues,
  type GoalFormValues,
  toGoalContent,
  toGoalFormValues,
  toGoalPatch,
} from "./goal-form-values";

const pieceId = "01955b3a-6c00-7000-8000-000000000001";
let idCounter = 0;
const createId = () => `01955b3a-6c00-7000-8000-${String(++idCounter).padStart(12, "0")}`;
const form = (values: Partial<GoalFormValues>): GoalFormValues => ({
  ...emptyGoalFormValues,
  title: "Goal",
  ...values,
});

describe("toGoalContent", () => {
  test("practice minutes per period", () => {
    const result = toGoalContent(form({ targetValue: "20", period: "day" }), { createId });
    expect(result).toEqual({
      ok: true,
      content: {
        title: "Goal",
        kind: "practice_time",
        targetValue: 20,
        targetUnit: "minutes",
        period: "day",
        status: "active",
        milestones: [],
      },
    });
  });

  test("sessions per week", () => {
    const result = toGoalContent(form({ kind: "sessions", targetValue: "5" }), { createId });
    expect(result.ok && result.content).toMatchObject({
      targetValue: 5,
      targetUnit: "sessions",
      period: "week",
    });
  });

  test("a piece reaching a status by a date", () => {
    const values = form({
      kind: "piece_status",
      pieceId,
      targetStatus: "performance_ready",
      targetDate: "2026-06-30",
    });
    const result = toGoalContent(values, { createId });
    expect(result.ok && result.content).toMatchObject({
      kind: "piece_status",
      pieceId,
      targetStatus: "performance_ready",
      targetDate: "2026-06-30",
      period: "until_date",
      targetValue: 1,
      targetUnit: "count",
    });
  });

  test("a target tempo, blank meaning the piece's own target", () => {
    const blank = toGoalContent(form({ kind: "tempo", pieceId, targetValue: "" }), { createId });
    expect(blank.ok && blank.content).toMatchObject({
      targetValue: 0,
      targetUnit: "bpm",
      period: "until_date",
    });
    expect(blank.ok && "targetDate" in blank.content).toBe(false);
    const set = toGoalContent(form({ kind: "tempo", pieceId, targetValue: "96" }), { createId });
    expect(set.ok && set.content.targetValue).toBe(96);
  });

  test("custom goals count milestones, keeping those already done", () => {
    const existing = {
      status: "paused" as const,
      milestones: [{ id: createId(), title: "Page 1", isDone: true }],
    };
    const result = toGoalContent(form({ kind: "custom", milestones: "Page 1\n\n  Page 2 " }), {
      createId,
      existing,
    });
    expect(result.ok && result.content).toMatchObject({
      targetValue: 2,
      status: "paused",
      milestones: [
        { id: existing.milestones[0]?.id, title: "Page 1", isDone: true },
        { title: "Page 2", isDone: false },
      ],
    });
  });

  test("reports every invalid field", () => {
    expect(toGoalContent(form({ title: " ", targetValue: "0" }), { createId })).toEqual({
      ok: false,
      errors: { title: "required", targetValue: "out_of_range" },
    });
    expect(toGoalContent(form({ kind: "piece_status" }), { createId })).toEqual({
      ok: false,
      errors: { pieceId: "required", targetDate: "required" },
    });
    expect(toGoalContent(form({ kind: "tempo", pieceId, targetValue: "500" }), { createId })).toEqual({
      ok: false,
      errors: { targetValue: "out_of_range" },
    });
    expect(toGoalContent(form({ kind: "custom", targetValue: "" }), { createId })).toEqual({
      ok: false,
      errors: { targetValue: "required" },
    });
    expect(toGoalContent(form({ targetValue: "2.5" }), { createId })).toEqual({
      ok: false,
      errors: { targetValue: "out_of_range" },
    });
  });
});

test("toGoalFormValues round-trips through toGoalContent", () => {
  const values = form({ kind: "piece_status", pieceId, targetStatus: "learning", targetDate: "2026-05-01" });
  const result = toGoalContent(values, { createId });
  if (!result.ok) throw new Error("expected valid values");
  expect(toGoalFormValues(result.content)).toEqual({ ...values, targetValue: "1" });
});

test("toGoalPatch clears the optional fields the new content lacks", () => {
  const result = toGoalContent(form({ targetValue: "20" }), { createId });
  if (!result.ok) throw new Error("expected valid values");
  const patch = toGoalPatch(result.content);
  expect(Object.hasOwn(patch, "pieceId") && patch.pieceId === undefined).toBe(true);
  expect(Object.hasOwn(patch, "targetDate") && Object.hasOwn(patch, "targetStatus")).toBe(true);
  expect(patch.targetValue).toBe(20);
});
