import {
  type AccentLevel,
  accentsForGroups,
  clampTempoBpm,
  maxBeatsPerBar,
  nextAccentLevel,
  type SequencerSettings,
  type Subdivision,
  type TempoTrainerPlan,
} from "@mirubato/domain";

/** Everything the metronome page edits; {@link toSequencerSettings} turns it into what the engine plays. */
export interface MetronomeSetup {
  readonly tempoBpm: number;
  readonly accents: readonly AccentLevel[];
  readonly groups: readonly number[];
  readonly subdivision: Subdivision;
  /** The second voice of a polyrhythm (3:2 is 3 beats against 2), or null for none. */
  readonly polyrhythmAgainst: number | null;
  readonly trainer: TempoTrainerPlan;
  readonly isTrainerOn: boolean;
}

export const defaultSetup: MetronomeSetup = {
  tempoBpm: 100,
  accents: accentsForGroups([4]),
  groups: [4],
  subdivision: "none",
  polyrhythmAgainst: null,
  trainer: { startBpm: 80, stepBpm: 4, everyBars: 4, ceilingBpm: 120, ending: "hold" },
  isTrainerOn: false,
};

export function toSequencerSettings(setup: MetronomeSetup): SequencerSettings {
  return {
    tempoBpm: setup.tempoBpm,
    rhythm:
      setup.polyrhythmAgainst === null
        ? { kind: "meter", accents: setup.accents, groups: setup.groups, subdivision: setup.subdivision }
        : { kind: "polyrhythm", accents: setup.accents, against: setup.polyrhythmAgainst },
    trainer: setup.isTrainerOn ? setup.trainer : null,
  };
}

export function withTempo(setup: MetronomeSetup, tempoBpm: number): MetronomeSetup {
  return { ...setup, tempoBpm: clampTempoBpm(tempoBpm) };
}

/** A plain bar of `beatsPerBar` beats (one group), accent on the first. */
export function withBeatsPerBar(setup: MetronomeSetup, beatsPerBar: number): MetronomeSetup {
  const beats = Math.min(maxBeatsPerBar, Math.max(1, Math.round(beatsPerBar)));
  return { ...setup, groups: [beats], accents: accentsForGroups([beats]) };
}

/** A mixed meter such as 3+2+2: the bar's beats are the groups' sum, each group's first beat stressed. */
export function withGroups(setup: MetronomeSetup, groups: readonly number[]): MetronomeSetup {
  return { ...setup, groups: [...groups], accents: accentsForGroups(groups) };
}

export function withAccentCycled(setup: MetronomeSetup, beat: number): MetronomeSetup {
  const accents = setup.accents.map((level, index) => (index === beat ? nextAccentLevel(level) : level));
  return { ...setup, accents };
}

/** Formats groups the way musicians write them ("3+2+2"). */
export function formatGroups(groups: readonly number[]): string {
  return groups.join("+");
}
