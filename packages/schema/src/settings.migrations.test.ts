import { describe, expect, test } from "vitest";
import { settingsFixtures } from "./library.fixtures";
import { settingsMigrations } from "./settings.migrations";
import { metronomePresetSchema, settingsSchemaVersion } from "./settings.schema";

const [settings] = settingsFixtures;
const preset = {
  id: "01955b3a-6c00-7000-8000-0000000000aa",
  name: "7/8",
  tempoBpm: 180,
  subdivision: 1,
  isAccentOnFirstBeat: true,
};

describe("settings schema 1", () => {
  test("a version-0 document (presets without accents) migrates unchanged", () => {
    expect(settingsSchemaVersion).toBe(1);
    const migrate = settingsMigrations[1];
    if (!migrate || !settings) throw new Error("expected the version-1 strategy and a fixture");
    expect(settings.metronomePresets[0]?.accents).toBeUndefined();
    expect(migrate(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
    expect(() => migrate({ ...settings, metronomePresets: "none" })).toThrow();
  });

  test("a preset may carry its accents, grouping and polyrhythm", () => {
    const full = {
      ...preset,
      beatsPerBar: 7,
      accents: ["accent", "soft", "mute", "normal", "soft", "normal", "soft"],
      groups: [3, 2, 2],
      polyrhythmAgainst: 2,
    };
    expect(metronomePresetSchema.parse(full)).toEqual(full);
  });

  test("rejects accents or groups that do not fit the bar", () => {
    expect(metronomePresetSchema.safeParse({ ...preset, beatsPerBar: 3, accents: ["accent"] }).success).toBe(
      false,
    );
    expect(metronomePresetSchema.safeParse({ ...preset, beatsPerBar: 7, groups: [3, 3] }).success).toBe(
      false,
    );
    expect(
      metronomePresetSchema.safeParse({
        ...preset,
        beatsPerBar: 4,
        accents: ["accent", "loud", "soft", "soft"],
      }).success,
    ).toBe(false);
  });
});
