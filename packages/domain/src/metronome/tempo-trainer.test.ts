import { describe, expect, test } from "vitest";
import { type TempoTrainerPlan, trainerPositionAt, trainerSteps } from "./tempo-trainer";

const plan: TempoTrainerPlan = { startBpm: 80, stepBpm: 5, everyBars: 4, ceilingBpm: 92, ending: "hold" };

describe("tempo trainer", () => {
  test("climbs by the step and clamps the last step to the ceiling", () => {
    expect(trainerSteps(plan)).toEqual([80, 85, 90, 92]);
  });

  test("descends back to the start once, or loops up and down", () => {
    expect(trainerSteps({ ...plan, ending: "descend" })).toEqual([80, 85, 90, 92, 90, 85, 80]);
    expect(trainerSteps({ ...plan, ending: "loop" })).toEqual([80, 85, 90, 92, 90, 85]);
  });

  test("reports the tempo and the bars left before the next step", () => {
    expect(trainerPositionAt(plan, 0)).toEqual({ tempoBpm: 80, step: 0, barsUntilNextStep: 4 });
    expect(trainerPositionAt(plan, 5)).toEqual({ tempoBpm: 85, step: 1, barsUntilNextStep: 3 });
    expect(trainerPositionAt(plan, 12)).toEqual({ tempoBpm: 92, step: 3, barsUntilNextStep: null });
    expect(trainerPositionAt(plan, 400)).toEqual({ tempoBpm: 92, step: 3, barsUntilNextStep: null });
  });

  test("a looping trainer wraps to the start after the way down", () => {
    const loop = { ...plan, ending: "loop" } as const;
    expect(trainerPositionAt(loop, 24).tempoBpm).toBe(80);
    expect(trainerPositionAt(loop, 23)).toEqual({ tempoBpm: 85, step: 5, barsUntilNextStep: 1 });
  });

  test("keeps tempi inside 20–400 bpm", () => {
    expect(
      trainerSteps({ startBpm: 390, stepBpm: 20, everyBars: 1, ceilingBpm: 999, ending: "hold" }),
    ).toEqual([390, 400]);
  });
});
