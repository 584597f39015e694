import { accentsForGroups, type Subdivision, subdivisions } from "@mirubato/domain";
import type { MetronomePreset } from "@mirubato/schema";
import type { DeepReadonly } from "rxdb";
import type { MetronomeSetup } from "./metronome-setup";

/**
 * Presets live in the synced settings document (`metronomePresetSchema`): tempo, beats per bar, a
 * subdivision number 1–8 (the position in `subdivisions` plus one: 1 none … 6 sextuplets, 7 swing,
 * 8 dotted), whether beat one is accented, and since settings schema 1 the per-beat accents, the
 * grouping and the polyrhythm. A preset saved before schema 1 loads as a plain bar.
 */
/** A preset as the database hands it out (deeply read-only). */
export type StoredPreset = DeepReadonly<MetronomePreset>;

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
    accents: [...setup.accents],
    groups: [...setup.groups],
    ...(setup.polyrhythmAgainst === null ? {} : { polyrhythmAgainst: setup.polyrhythmAgainst }),
  };
}

function accentsOf(preset: StoredPreset, groups: readonly number[]) {
  if (preset.accents !== undefined) return preset.accents;
  const accents = accentsForGroups(groups);
  return preset.isAccentOnFirstBeat ? accents : accents.map((level, beat) => (beat === 0 ? "normal" : level));
}

export function applyPreset(setup: MetronomeSetup, preset: StoredPreset): MetronomeSetup {
  const groups = preset.groups ?? [preset.beatsPerBar];
  return {
    ...setup,
    tempoBpm: preset.tempoBpm,
    groups,
    accents: accentsOf(preset, groups),
    subdivision: subdivisionFromNumber(preset.subdivision),
    polyrhythmAgainst: preset.polyrhythmAgainst ?? null,
    isTrainerOn: false,
  };
}
