import { describe, expect, test } from "vitest";
import { defaultSetup, toSequencerSettings, withBeatsPerBar, withGroups, withTempo } from "./metronome-setup";

describe("metronome setup", () => {
  test("a mixed meter's beats are its groups' sum, each group stressed", () => {
    const setup = withGroups(defaultSetup, [3, 2, 2]);
    expect(setup.accents).toEqual(["accent", "soft", "soft", "normal", "soft", "normal", "soft"]);
  });

  test("beats per bar and tempo stay in range", () => {
    expect(withBeatsPerBar(defaultSetup, 40).accents).toHaveLength(16);
    expect(withTempo(defaultSetup, 5).tempoBpm).toBe(20);
  });

  test("a polyrhythm plays against the bar's beats, and the trainer only when on", () => {
    const settings = toSequencerSettings({ ...withBeatsPerBar(defaultSetup, 3), polyrhythmAgainst: 2 });
    expect(settings.rhythm).toEqual({ kind: "polyrhythm", accents: ["accent", "soft", "soft"], against: 2 });
    expect(settings.trainer).toBeNull();
    expect(toSequencerSettings({ ...defaultSetup, isTrainerOn: true }).trainer).toEqual(defaultSetup.trainer);
  });
});
