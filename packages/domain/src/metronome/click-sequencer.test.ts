import { describe, expect, test } from "vitest";
import { createClickSequencer, type SequencerSettings } from "./click-sequencer";
import { accentsForGroups } from "./meter";

const fourFour: SequencerSettings = {
  tempoBpm: 120,
  rhythm: { kind: "meter", accents: accentsForGroups([4]), groups: [4], subdivision: "none" },
  trainer: null,
};

function takeInQuanta(sequencer: ReturnType<typeof createClickSequencer>, from: number, to: number) {
  const clicks = [];
  for (let frame = from; frame < to; frame += 128)
    clicks.push(...sequencer.take(frame, Math.min(to, frame + 128)));
  return clicks;
}

describe("click sequencer", () => {
  test("render quanta of 128 frames give the same clicks as one long range", () => {
    const whole = createClickSequencer({
      sampleRate: 44_100,
      startFrame: 300,
      settings: { ...fourFour, tempoBpm: 133 },
    });
    const quantised = createClickSequencer({
      sampleRate: 44_100,
      startFrame: 300,
      settings: { ...fourFour, tempoBpm: 133 },
    });
    const expected = whole.take(0, 44_100 * 60).map((click) => click.frame);
    expect(takeInQuanta(quantised, 0, 44_100 * 60).map((click) => click.frame)).toEqual(expected);
    expect(expected).toHaveLength(133);
  });

  test("a tempo change lands on the next beat and continues from that frame", () => {
    const sequencer = createClickSequencer({ sampleRate: 48_000, startFrame: 0, settings: fourFour });
    expect(sequencer.take(0, 30_000).map((click) => click.frame)).toEqual([0, 24_000]);
    sequencer.update({ ...fourFour, tempoBpm: 60 });
    const clicks = sequencer.take(30_000, 200_000);
    expect(clicks.map((click) => click.frame)).toEqual([48_000, 96_000, 144_000, 192_000]);
    expect(clicks.map((click) => click.beat)).toEqual([2, 3, 0, 1]);
    expect(clicks.every((click) => click.tempoBpm === 60)).toBe(true);
  });

  test("a shorter bar set on a late beat starts at the next downbeat", () => {
    const sequencer = createClickSequencer({ sampleRate: 48_000, startFrame: 0, settings: fourFour });
    sequencer.take(0, 60_000);
    sequencer.update({
      ...fourFour,
      rhythm: { kind: "meter", accents: ["accent", "soft"], groups: [2], subdivision: "none" },
    });
    const clicks = sequencer.take(60_000, 150_000);
    expect(clicks.map((click) => [click.frame, click.bar, click.beat])).toEqual([
      [72_000, 1, 0],
      [96_000, 1, 1],
      [120_000, 2, 0],
      [144_000, 2, 1],
    ]);
  });

  test("the trainer raises the tempo on the downbeat after every step of bars", () => {
    const settings: SequencerSettings = {
      ...fourFour,
      rhythm: { kind: "meter", accents: ["accent", "soft"], groups: [2], subdivision: "none" },
      trainer: { startBpm: 60, stepBpm: 60, everyBars: 2, ceilingBpm: 120, ending: "hold" },
    };
    const sequencer = createClickSequencer({ sampleRate: 48_000, startFrame: 0, settings });
    const clicks = sequencer.take(0, 48_000 * 8);
    // Two bars of 2 beats at 60 bpm (4 s), then 120 bpm from frame 192,000.
    expect(clicks.map((click) => click.frame)).toEqual([
      0, 48_000, 96_000, 144_000, 192_000, 216_000, 240_000, 264_000, 288_000, 312_000, 336_000, 360_000,
    ]);
    expect(clicks.map((click) => click.tempoBpm)).toEqual([
      60, 60, 60, 60, 120, 120, 120, 120, 120, 120, 120, 120,
    ]);
    expect(clicks[0]?.trainerBarsUntilNextStep).toBe(2);
    expect(clicks[2]?.trainerBarsUntilNextStep).toBe(1);
    expect(clicks[4]?.trainerBarsUntilNextStep).toBeNull();
  });

  test("a trainer switched on while playing starts at the next downbeat", () => {
    const sequencer = createClickSequencer({ sampleRate: 48_000, startFrame: 0, settings: fourFour });
    sequencer.take(0, 30_000);
    sequencer.update({
      ...fourFour,
      trainer: { startBpm: 100, stepBpm: 10, everyBars: 1, ceilingBpm: 200, ending: "hold" },
    });
    const clicks = sequencer.take(30_000, 48_000 * 5);
    expect(clicks.slice(0, 3).map((click) => [click.frame, click.tempoBpm])).toEqual([
      [48_000, 120],
      [72_000, 120],
      [96_000, 100],
    ]);
    const secondBar = clicks.find((click) => click.bar === 2 && click.beat === 0);
    expect(secondBar).toMatchObject({ frame: 96_000 + 4 * 28_800, tempoBpm: 110 });
  });
});
