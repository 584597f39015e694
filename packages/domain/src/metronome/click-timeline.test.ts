import { describe, expect, test } from "vitest";
import { type ClickSegment, divideRounded, frameAt, listClicks } from "./click-timeline";
import { accentsForGroups } from "./meter";
import { createBarPattern, type Rhythm } from "./rhythm";

function meter(
  beats: number,
  subdivision: Extract<Rhythm, { kind: "meter" }>["subdivision"] = "none",
): Rhythm {
  return { kind: "meter", accents: accentsForGroups([beats]), groups: [beats], subdivision };
}

function segment(rhythm: Rhythm, tempoBpm: number, sampleRate: number): ClickSegment {
  return {
    sampleRate,
    tempoBpm,
    pattern: createBarPattern(rhythm),
    startFrame: 0,
    startBar: 0,
    startUnit: 0,
  };
}

const tenMinutes = (sampleRate: number) => sampleRate * 600;

describe("divideRounded", () => {
  test("rounds to the nearest integer, halves up, without float error", () => {
    expect(divideRounded(7, 2)).toBe(4);
    expect(divideRounded(5, 3)).toBe(2);
    expect(divideRounded(4, 3)).toBe(1);
    expect(divideRounded(2 ** 52 + 1, 1)).toBe(2 ** 52 + 1);
    expect(divideRounded(60 * 44_100 * 999_999, 7)).toBe(Math.round((60 * 44_100 * 999_999) / 7));
  });

  test("refuses numbers beyond exact integer range", () => {
    expect(() => divideRounded(2 ** 53, 3)).toThrow(RangeError);
  });
});

describe("click frames", () => {
  test("at 120 bpm and 48 kHz every beat is exactly 24,000 frames apart for ten minutes", () => {
    const clicks = listClicks(segment(meter(4), 120, 48_000), 0, tenMinutes(48_000));
    expect(clicks).toHaveLength(1200);
    expect(clicks.every((click, index) => click.frame === index * 24_000)).toBe(true);
  });

  test("at 44.1 kHz a tempo with fractional beats rounds each click from its exact position", () => {
    // 137 bpm: 19,313.868… frames a beat; each click is round(n × 60 × 44100 / 137), never a sum.
    const clicks = listClicks(segment(meter(3), 137, 44_100), 0, tenMinutes(44_100));
    expect(clicks).toHaveLength(1370);
    expect(clicks.every((click, index) => click.frame === Math.round((index * 2_646_000) / 137))).toBe(true);
    expect(clicks.at(-1)?.frame).toBe(26_440_686);
  });

  test("hours later a click is still on its exact frame (no accumulated error)", () => {
    const clicks = listClicks(
      segment(meter(7), 293, 44_100),
      44_100 * 3600 * 5,
      44_100 * 3600 * 5 + 44_100 * 2,
    );
    const first = clicks[0];
    if (!first) throw new Error("expected clicks five hours in");
    const beatIndex = Math.round((first.frame * 293) / (60 * 44_100));
    expect(first.frame).toBe(Math.round((beatIndex * 60 * 44_100) / 293));
    expect(first.bar).toBe(Math.floor(beatIndex / 7));
  });

  test("triplets split each beat in three exact thirds and tick as subdivisions", () => {
    const clicks = listClicks(segment(meter(2, "triplets"), 100, 48_000), 0, 57_600);
    expect(clicks.map((click) => click.frame)).toEqual([0, 9600, 19_200, 28_800, 38_400, 48_000]);
    expect(clicks.map((click) => click.sounds)).toEqual([
      ["accent"],
      ["subdivision"],
      ["subdivision"],
      ["soft"],
      ["subdivision"],
      ["subdivision"],
    ]);
  });

  test("swing places the off-beat two thirds in, dotted three quarters in", () => {
    const swing = listClicks(segment(meter(1, "swing"), 60, 48_000), 0, 48_000);
    expect(swing.map((click) => click.frame)).toEqual([0, 32_000]);
    const dotted = listClicks(segment(meter(1, "dotted"), 60, 48_000), 0, 48_000);
    expect(dotted.map((click) => click.frame)).toEqual([0, 36_000]);
  });

  test("quintuplets at 44.1 kHz land on rounded fifths of the beat", () => {
    const clicks = listClicks(segment(meter(1, "quintuplets"), 90, 44_100), 0, 29_400);
    expect(clicks.map((click) => click.frame)).toEqual([0, 5880, 11_760, 17_640, 23_520]);
  });

  test("a 3+2+2 bar accents each group's first beat", () => {
    const rhythm: Rhythm = {
      kind: "meter",
      accents: accentsForGroups([3, 2, 2]),
      groups: [3, 2, 2],
      subdivision: "none",
    };
    const clicks = listClicks(segment(rhythm, 210, 48_000), 0, 96_000);
    expect(clicks.map((click) => click.sounds[0])).toEqual([
      "accent",
      "soft",
      "soft",
      "normal",
      "soft",
      "normal",
      "soft",
    ]);
    expect(clicks.map((click) => click.frame)).toEqual([0, 13_714, 27_429, 41_143, 54_857, 68_571, 82_286]);
  });

  test("a 3:2 polyrhythm sounds both voices together on the downbeat and the counter voice mid-bar", () => {
    const rhythm: Rhythm = { kind: "polyrhythm", accents: ["accent", "soft", "soft"], against: 2 };
    const clicks = listClicks(segment(rhythm, 60, 48_000), 0, 144_000);
    expect(clicks.map((click) => [click.frame, click.sounds])).toEqual([
      [0, ["accent", "counter"]],
      [48_000, ["soft"]],
      [72_000, ["counter"]],
      [96_000, ["soft"]],
    ]);
    expect(clicks.map((click) => click.beat)).toEqual([0, 1, null, 2]);
  });

  test("muted beats stay in the grid but make no sound", () => {
    const rhythm: Rhythm = { kind: "meter", accents: ["accent", "mute"], groups: [2], subdivision: "none" };
    const clicks = listClicks(segment(rhythm, 60, 48_000), 0, 96_000);
    expect(clicks.map((click) => [click.beat, click.sounds])).toEqual([
      [0, ["accent"]],
      [1, []],
    ]);
  });

  test("a segment that starts mid-bar counts from its own anchor", () => {
    const base = segment(meter(4), 120, 48_000);
    const mid: ClickSegment = { ...base, startFrame: 1000, startBar: 3, startUnit: 2 };
    expect(frameAt(mid, 3, 2)).toBe(1000);
    expect(frameAt(mid, 4, 0)).toBe(1000 + 48_000);
  });
});
