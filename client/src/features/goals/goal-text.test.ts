import { createTestGoal } from "@mirubato/domain/testing";
import type { GoalContent, GoalDoc } from "@mirubato/schema";
import { expect, test } from "vitest";
import { describeGoalProgress, describeGoalTarget, type GoalTextFormat } from "./goal-text";

const format: GoalTextFormat = {
  formatDuration: (durationSec) => `${durationSec / 60} min`,
  formatNumber: (value) => `#${value}`,
  formatLocalDate: (localDate) => `on ${localDate}`,
  formatPieceStatus: (status) => status.toUpperCase(),
  pieceTitle: "Nocturne",
};

function goal(content: Partial<GoalContent>): GoalDoc {
  return createTestGoal({ title: "Goal", ...content }, { id: "01955b3a-6c00-7000-8000-000000000001" });
}

const progress = { goalId: "g", currentValue: 2, targetValue: 3, ratio: 2 / 3, isMet: false };

test("describes each kind of target", () => {
  expect(describeGoalTarget(goal({}), 30, format)).toEqual({
    key: "goals.target.practice_time.day",
    params: { duration: "30 min" },
  });
  expect(describeGoalTarget(goal({ kind: "sessions", period: "week" }), 5, format)).toEqual({
    key: "goals.target.sessions.week",
    params: { count: 5 },
  });
  expect(
    describeGoalTarget(
      goal({ kind: "piece_status", targetStatus: "polished", targetDate: "2026-06-30" }),
      1,
      format,
    ),
  ).toEqual({
    key: "goals.target.pieceStatus",
    params: { piece: "Nocturne", status: "POLISHED", date: "on 2026-06-30" },
  });
  expect(describeGoalTarget(goal({ kind: "tempo" }), 72, format).key).toBe("goals.target.tempo");
  expect(
    describeGoalTarget(goal({ kind: "tempo", targetDate: "2026-05-01" }), 72, format).params,
  ).toMatchObject({
    date: "on 2026-05-01",
  });
  const milestones = [{ id: "01955b3a-6c00-7000-8000-000000000002", title: "Page 1", isDone: false }];
  expect(describeGoalTarget(goal({ kind: "custom", milestones }), 1, format).key).toBe(
    "goals.target.milestones",
  );
  expect(describeGoalTarget(goal({ kind: "custom", period: "month" }), 4, format).key).toBe(
    "goals.target.custom.month",
  );
});

test("describes progress in the goal's unit", () => {
  expect(describeGoalProgress(goal({}), progress, format)).toEqual({
    key: "goals.progress.practice_time",
    params: { current: "2 min", target: "3 min" },
  });
  expect(describeGoalProgress(goal({ kind: "tempo" }), progress, format).key).toBe("goals.progress.tempo");
  expect(describeGoalProgress(goal({ kind: "piece_status" }), progress, format)).toEqual({
    key: "goals.progress.pieceStatus",
    params: { status: "POLISHED" },
  });
  expect(describeGoalProgress(goal({ kind: "sessions" }), progress, format).params).toEqual({
    current: "#2",
    target: "#3",
  });
});
