import { accentsForGroups, type Subdivision, subdivisions } from "@mirubato/domain";
import type { MetronomePreset } from "@mirubato/schema";
import type { MetronomeSetup } from "./metronome-setup";

/**
 * Presets are stored in the synced settings document with the shape of `metronomePresetSchema`
 * (schema version 0): tempo, beats per bar, a subdivision number 1–8 and whether beat one is
 * accented. The subdivision number is the position in `subdivisions` plus one (1 none … 6
 * sextuplets, 7 swing, 8 dotted). Groupings, per-beat accents and polyrhythms are not part of that
 * shape yet, so a preset restores a plain bar with those defaults.
 */
export function subdivisionToNumber(subdivision: Subdivision): number {
  return subdivisions.indexOf(subdivision) + 1;
}

export function subdivisionFromNumber(value: number): Subdivision {
  return subdivisions[value - 1] ?? "none";
}

export function toPreset(setup: MetronomeSetup, id: string, name: string): MetronomePreset {
  return {
    id,
    name,
    tempoBpm: setup.tempoBpm,
    beatsPerBar: setup.accents.length,
    subdivision: subdivisionToNumber(setup.subdivision),
    isAccentOnFirstBeat: setup.accents[0] === "accent",
  };
}

export function applyPreset(setup: MetronomeSetup, preset: MetronomePreset): MetronomeSetup {
  const accents = accentsForGroups([preset.beatsPerBar]);
  return {
    ...setup,
    tempoBpm: preset.tempoBpm,
    groups: [preset.beatsPerBar],
    accents: preset.isAccentOnFirstBeat
      ? accents
      : accents.map((level, beat) => (beat === 0 ? "normal" : level)),
    subdivision: subdivisionFromNumber(preset.subdivision),
    polyrhythmAgainst: null,
    isTrainerOn: false,
  };
}
