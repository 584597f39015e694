import { subdivisions } from "@mirubato/domain";
import { metronomePresetSchema } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { applyPreset, subdivisionFromNumber, subdivisionToNumber, toPreset } from "./metronome-preset";
import { defaultSetup, withAccentCycled, withGroups } from "./metronome-setup";

const id = "01955b3a-6c00-7000-8000-000000000001";

describe("metronome presets", () => {
  test("every subdivision has its own number 1–8 and reads back as itself", () => {
    const numbers = subdivisions.map(subdivisionToNumber);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbers.map(subdivisionFromNumber)).toEqual([...subdivisions]);
  });

  test("a saved setup loads back whole: tempo, grouping, accents, subdivision, polyrhythm", () => {
    const grouped = withAccentCycled(withGroups(defaultSetup, [3, 2, 2]), 1);
    const setup = { ...grouped, tempoBpm: 184, subdivision: "swing" as const, polyrhythmAgainst: 3 };
    const preset = toPreset(setup, id, "Balkan");
    expect(metronomePresetSchema.parse(preset)).toEqual(preset);
    expect(preset).toMatchObject({ beatsPerBar: 7, subdivision: 7, groups: [3, 2, 2], polyrhythmAgainst: 3 });
    const loaded = applyPreset(defaultSetup, preset);
    expect(loaded).toEqual({ ...setup, trainer: defaultSetup.trainer, isTrainerOn: false });
  });

  test("a preset saved before accents were stored loads as a plain bar", () => {
    const preset = {
      id,
      name: "Old",
      tempoBpm: 132,
      beatsPerBar: 6,
      subdivision: 7,
      isAccentOnFirstBeat: true,
    };
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

  test("an older preset without an accented first beat loads with a normal first beat", () => {
    expect(toPreset(withAccentCycled(defaultSetup, 0), id, "No accent").isAccentOnFirstBeat).toBe(false);
    const preset = {
      id,
      name: "Old",
      tempoBpm: 90,
      beatsPerBar: 3,
      subdivision: 1,
      isAccentOnFirstBeat: false,
    };
    expect(applyPreset(defaultSetup, preset).accents).toEqual(["normal", "soft", "soft"]);
  });
});
