import { describe, expect, test } from "vitest";
import { frameToPerformanceMs, type TimedBeat, takeDueBeat } from "./beat-display-queue";

function timed(beat: number, showAtMs: number): TimedBeat {
  return {
    beat: { type: "beat", frame: beat * 100, bar: 0, beat, tempoBpm: 120, trainerBarsUntilNextStep: null },
    showAtMs,
  };
}

describe("beat display queue", () => {
  test("shows nothing before the first beat is heard", () => {
    const { due, waiting } = takeDueBeat([timed(0, 100)], 99);
    expect(due).toBeUndefined();
    expect(waiting).toHaveLength(1);
  });

  test("shows the latest due beat and keeps the later ones waiting", () => {
    const { due, waiting } = takeDueBeat([timed(0, 100), timed(1, 600), timed(2, 1100)], 700);
    expect(due?.beat.beat).toBe(1);
    expect(waiting.map((entry) => entry.beat.beat)).toEqual([2]);
  });

  test("maps a frame to when it leaves the speakers", () => {
    // Frame 48,000 is context time 1 s; the output timestamp says context 0.9 s was heard at 5,000 ms.
    expect(
      frameToPerformanceMs(48_000, 48_000, { contextTime: 0.9, performanceTime: 5000 }, 0, 0),
    ).toBeCloseTo(5100);
  });

  test("before the first output, estimates from the context's clock and now", () => {
    expect(
      frameToPerformanceMs(48_000, 48_000, { contextTime: 0, performanceTime: 0 }, 2000, 0.5),
    ).toBeCloseTo(2500);
  });
});
