import { subdivisions } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { applyPreset, subdivisionFromNumber, subdivisionToNumber, toPreset } from "./metronome-preset";
import { defaultSetup, withAccentCycled, withBeatsPerBar } from "./metronome-setup";

const id = "01955b3a-6c00-7000-8000-000000000001";

describe("metronome presets", () => {
  test("every subdivision has its own number 1–8 and reads back as itself", () => {
    const numbers = subdivisions.map(subdivisionToNumber);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbers.map(subdivisionFromNumber)).toEqual([...subdivisions]);
  });

  test("a saved setup loads back with its tempo, bar and subdivision", () => {
    const setup = { ...withBeatsPerBar(defaultSetup, 6), tempoBpm: 132, subdivision: "swing" as const };
    const preset = toPreset(setup, id, "Swing waltz");
    expect(preset).toEqual({
      id,
      name: "Swing waltz",
      tempoBpm: 132,
      beatsPerBar: 6,
      subdivision: 7,
      isAccentOnFirstBeat: true,
    });
    const loaded = applyPreset({ ...defaultSetup, polyrhythmAgainst: 2, isTrainerOn: true }, preset);
    expect(loaded).toMatchObject({
      tempoBpm: 132,
      groups: [6],
      subdivision: "swing",
      polyrhythmAgainst: null,
      isTrainerOn: false,
    });
    expect(loaded.accents).toEqual(["accent", "soft", "soft", "soft", "soft", "soft"]);
  });

  test("a bar without an accented first beat loads with a normal first beat", () => {
    const preset = toPreset(withAccentCycled(defaultSetup, 0), id, "No accent");
    expect(preset.isAccentOnFirstBeat).toBe(false);
    expect(applyPreset(defaultSetup, preset).accents[0]).toBe("normal");
  });
});
