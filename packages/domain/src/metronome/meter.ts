import { MetronomeAccent } from "@mirubato/schema";

/** How loud one beat of the bar clicks; `mute` keeps the beat in the grid but silent (the synced presets' levels). */
export const AccentLevel = MetronomeAccent;
export type AccentLevel = MetronomeAccent;

/** The order the beat grid cycles through when a beat is clicked. */
export const accentCycle: readonly AccentLevel[] = ["accent", "normal", "soft", "mute"];

/** Cycles a beat's accent to the next level (accent → normal → soft → mute → accent). */
export function nextAccentLevel(level: AccentLevel): AccentLevel {
  const next = accentCycle[(accentCycle.indexOf(level) + 1) % accentCycle.length];
  return next ?? AccentLevel.accent;
}

/** What each beat is divided into. Swing and dotted are uneven pairs (2/3 + 1/3, 3/4 + 1/4). */
export const Subdivision = {
  none: "none",
  duplets: "duplets",
  triplets: "triplets",
  quadruplets: "quadruplets",
  quintuplets: "quintuplets",
  sextuplets: "sextuplets",
  swing: "swing",
  dotted: "dotted",
} as const;
export type Subdivision = (typeof Subdivision)[keyof typeof Subdivision];

export const subdivisions: readonly Subdivision[] = Object.values(Subdivision);

/** Each subdivision as onsets `numerators / denominator` of one beat. */
export const subdivisionOnsets: Readonly<
  Record<Subdivision, { denominator: number; numerators: readonly number[] }>
> = {
  none: { denominator: 1, numerators: [0] },
  duplets: { denominator: 2, numerators: [0, 1] },
  triplets: { denominator: 3, numerators: [0, 1, 2] },
  quadruplets: { denominator: 4, numerators: [0, 1, 2, 3] },
  quintuplets: { denominator: 5, numerators: [0, 1, 2, 3, 4] },
  sextuplets: { denominator: 6, numerators: [0, 1, 2, 3, 4, 5] },
  swing: { denominator: 3, numerators: [0, 2] },
  dotted: { denominator: 4, numerators: [0, 3] },
};

export const minTempoBpm = 20;
export const maxTempoBpm = 400;
export const maxBeatsPerBar = 16;

/** Clamps and rounds a tempo into the metronome's range (integer bpm keeps every frame exact). */
export function clampTempoBpm(tempoBpm: number): number {
  if (!Number.isFinite(tempoBpm)) return minTempoBpm;
  return Math.min(maxTempoBpm, Math.max(minTempoBpm, Math.round(tempoBpm)));
}

/**
 * The accents of a bar built from groups: the bar's first beat accented, every other group's first
 * beat normal, the rest soft. `[3, 2, 2]` (7/8) → accent soft soft normal soft normal soft.
 *
 * @example
 * accentsForGroups([4]); // ["accent", "soft", "soft", "soft"]
 */
export function accentsForGroups(groups: readonly number[]): AccentLevel[] {
  const accents: AccentLevel[] = [];
  for (const [index, size] of groups.entries()) {
    for (let beat = 0; beat < size; beat += 1) {
      if (beat > 0) accents.push(AccentLevel.soft);
      else accents.push(index === 0 ? AccentLevel.accent : AccentLevel.normal);
    }
  }
  return accents;
}

/**
 * Parses a mixed-meter grouping typed by a musician ("3+2+2"). Undefined when it is not 1–16 beats
 * in groups of at least one.
 */
export function parseBeatGroups(text: string): number[] | undefined {
  const parts = text.split("+").map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,2}$/.test(part))) return undefined;
  const groups = parts.map(Number);
  const total = groups.reduce((sum, size) => sum + size, 0);
  if (groups.some((size) => size < 1) || total > maxBeatsPerBar) return undefined;
  return groups;
}
