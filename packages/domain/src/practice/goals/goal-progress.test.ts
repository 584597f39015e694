import { describe, expect, test } from "vitest";
import {
  createTestEntry,
  createTestGoal,
  createTestId,
  createTestPiece,
} from "../testing/practice-test-docs";
import { getGoalPeriod } from "./goal-period";
import { computeGoalProgress, type GoalContext } from "./goal-progress";

const piece = createTestPiece({
  status: "polished",
  targetTempoBpm: 72,
  statusHistory: [
    { status: "learning", changedAt: "2026-02-01T10:00:00.000Z" },
    // 23:30 in New York on 2026-03-01, already 2026-03-02 in UTC.
    { status: "polished", changedAt: "2026-03-02T04:30:00.000Z" },
  ],
});
const other = createTestPiece();
const linkedGoalId = createTestId();
const entries = [
  createTestEntry({ localDate: "2026-03-01", durationSec: 1200 }),
  createTestEntry({
    localDate: "2026-03-02",
    durationSec: 1800,
    pieces: [{ pieceId: piece.id, tempoBpm: 60 }],
  }),
  createTestEntry({
    localDate: "2026-03-04",
    durationSec: 600,
    pieces: [{ pieceId: piece.id }, { pieceId: other.id }],
  }),
  createTestEntry({
    localDate: "2026-03-04",
    durationSec: 900,
    goalIds: [linkedGoalId],
    pieces: [{ pieceId: piece.id, tempoBpm: 66 }],
  }),
  { ...createTestEntry({ localDate: "2026-03-04", durationSec: 9000 }), _deleted: true },
];
const context: GoalContext = {
  entries,
  pieces: [piece, other],
  today: "2026-03-04",
  weekStartDay: 1,
  timeZone: "America/New_York",
};

describe("getGoalPeriod", () => {
  test("covers today, the musician's week, the month, or the span until the target date", () => {
    expect(getGoalPeriod(createTestGoal({ period: "day" }), context)).toEqual({
      fromDate: "2026-03-04",
      toDate: "2026-03-04",
    });
    expect(getGoalPeriod(createTestGoal({ period: "week" }), context)).toEqual({
      fromDate: "2026-03-02",
      toDate: "2026-03-08",
    });
    expect(getGoalPeriod(createTestGoal({ period: "week" }), { ...context, weekStartDay: 0 })).toEqual({
      fromDate: "2026-03-01",
      toDate: "2026-03-07",
    });
    expect(getGoalPeriod(createTestGoal({ period: "month" }), context)).toEqual({
      fromDate: "2026-03-01",
      toDate: "2026-03-31",
    });
    // fixtures are created at 2026-03-01T09:30Z, which is 04:30 in New York.
    expect(
      getGoalPeriod(createTestGoal({ period: "until_date", targetDate: "2026-06-30" }), context),
    ).toEqual({
      fromDate: "2026-03-01",
      toDate: "2026-06-30",
    });
  });
});

describe("computeGoalProgress", () => {
  test("practice time per day and per week, in minutes", () => {
    expect(computeGoalProgress(createTestGoal({ period: "day", targetValue: 30 }), context)).toMatchObject({
      currentValue: 25,
      ratio: 25 / 30,
      isMet: false,
    });
    expect(computeGoalProgress(createTestGoal({ period: "week", targetValue: 60 }), context)).toMatchObject({
      currentValue: 55,
      isMet: false,
    });
    expect(computeGoalProgress(createTestGoal({ period: "month", targetValue: 60 }), context)).toMatchObject({
      currentValue: 75,
      ratio: 1,
      isMet: true,
    });
  });

  test("practice time on one piece counts its share only", () => {
    const goal = createTestGoal({ period: "week", targetValue: 60, pieceId: piece.id });
    expect(computeGoalProgress(goal, context).currentValue).toBe(30 + 5 + 15);
  });

  test("sessions per week", () => {
    const goal = createTestGoal({ kind: "sessions", targetUnit: "sessions", period: "week", targetValue: 5 });
    expect(computeGoalProgress(goal, context)).toMatchObject({
      currentValue: 3,
      targetValue: 5,
      isMet: false,
    });
  });

  test("piece status reached by a date, judged on the musician's local date", () => {
    const goal = createTestGoal({
      kind: "piece_status",
      targetUnit: "count",
      targetValue: 1,
      pieceId: piece.id,
      targetStatus: "polished",
    });
    expect(computeGoalProgress({ ...goal, targetDate: "2026-03-01" }, context)).toMatchObject({
      isMet: true,
      ratio: 1,
    });
    expect(computeGoalProgress({ ...goal, targetDate: "2026-02-28" }, context).isMet).toBe(false);
    const ready = { ...goal, targetStatus: "performance_ready" as const };
    expect(computeGoalProgress(ready, context)).toMatchObject({
      currentValue: 2,
      targetValue: 3,
      isMet: false,
    });
    expect(computeGoalProgress({ ...goal, pieceId: createTestId() }, context).isMet).toBe(false);
  });

  test("tempo from the best tempo noted, against the goal's or the piece's target", () => {
    const goal = createTestGoal({
      kind: "tempo",
      targetUnit: "bpm",
      targetValue: 0,
      pieceId: piece.id,
      period: "until_date",
    });
    expect(computeGoalProgress(goal, context)).toMatchObject({
      currentValue: 66,
      targetValue: 72,
      isMet: false,
    });
    expect(computeGoalProgress({ ...goal, targetValue: 66 }, context).isMet).toBe(true);
  });

  test("custom goals count milestones, or linked entries", () => {
    const milestones = [
      { id: createTestId(), title: "Memorise page 1", isDone: true },
      { id: createTestId(), title: "Memorise page 2", isDone: false },
    ];
    expect(computeGoalProgress(createTestGoal({ kind: "custom", milestones }), context)).toMatchObject({
      currentValue: 1,
      ratio: 0.5,
    });
    const linked = createTestGoal(
      { kind: "custom", targetUnit: "count", targetValue: 1, period: "week" },
      { id: linkedGoalId },
    );
    expect(computeGoalProgress(linked, context)).toMatchObject({ currentValue: 1, isMet: true });
  });
});
