import { describe, expect, test } from "vitest";
import { addTap, emptyTapTempo, type TapTempoState } from "./tap-tempo";

function tapAt(times: number[]): { state: TapTempoState; tempoBpm: number | null } {
  let result: { state: TapTempoState; tempoBpm: number | null } = { state: emptyTapTempo, tempoBpm: null };
  for (const time of times) result = addTap(result.state, time);
  return result;
}

describe("tap tempo", () => {
  test("needs two taps, then gives the tempo of their interval", () => {
    expect(tapAt([1000]).tempoBpm).toBeNull();
    expect(tapAt([1000, 1500]).tempoBpm).toBe(120);
  });

  test("averages the recent intervals", () => {
    expect(tapAt([0, 600, 1100, 1700, 2200]).tempoBpm).toBe(109);
  });

  test("forgets taps older than the window", () => {
    expect(tapAt([0, 1000, 1500, 2000, 2500, 3000]).tempoBpm).toBe(120);
  });

  test("starts over after a pause", () => {
    const result = tapAt([0, 1000, 5000]);
    expect(result.tempoBpm).toBeNull();
    expect(result.state.tapTimesMs).toEqual([5000]);
  });
});
