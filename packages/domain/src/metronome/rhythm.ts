import { type AccentLevel, maxBeatsPerBar, type Subdivision, subdivisionOnsets } from "./meter";

/**
 * What the metronome plays in each bar. A `meter` is a bar of beats (each with its accent, grouped
 * for mixed meters such as 3+2+2) with an optional subdivision; a `polyrhythm` plays `beats` on the
 * main voice against `against` evenly spaced clicks on a second voice, both spanning one bar.
 * The tempo always counts the main voice's beats.
 */
export type Rhythm =
  | {
      kind: "meter";
      accents: readonly AccentLevel[];
      groups: readonly number[];
      subdivision: Subdivision;
    }
  | { kind: "polyrhythm"; accents: readonly AccentLevel[]; against: number };

/** The sound of one click: a beat's accent, a subdivision tick, or the polyrhythm's second voice. */
export type ClickSound = "accent" | "normal" | "soft" | "subdivision" | "counter";

/**
 * One onset in a bar, at `unit` of the pattern's `unitsPerBar`. `beat` is set on the main voice's
 * beats (what the beat indicator shows); `sound` is null for a muted beat.
 */
export interface PatternEvent {
  unit: number;
  beat: number | null;
  sounds: readonly ClickSound[];
}

/** A bar as integer units: every onset is `unit / unitsPerBar` of a bar of `beatsPerBar` beats. */
export interface BarPattern {
  beatsPerBar: number;
  unitsPerBar: number;
  events: readonly PatternEvent[];
}

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

function beatSounds(level: AccentLevel): ClickSound[] {
  return level === "mute" ? [] : [level];
}

function assertBeats(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 1 || count > maxBeatsPerBar) {
    throw new RangeError(`${what} must be 1–${maxBeatsPerBar}, got ${count}`);
  }
}

/**
 * Lays out one bar of a rhythm as integer units, so the timeline never divides a beat in floating point.
 *
 * @example
 * createBarPattern({ kind: "polyrhythm", accents: ["accent", "soft", "soft"], against: 2 });
 * // { beatsPerBar: 3, unitsPerBar: 6, events: [unit 0 (beat 0 + counter), 2 (beat 1), 3 (counter), 4 (beat 2)] }
 */
export function createBarPattern(rhythm: Rhythm): BarPattern {
  const beatsPerBar = rhythm.accents.length;
  assertBeats(beatsPerBar, "beats per bar");
  if (rhythm.kind === "polyrhythm") {
    assertBeats(rhythm.against, "the counter voice");
    const unitsPerBar = (beatsPerBar * rhythm.against) / greatestCommonDivisor(beatsPerBar, rhythm.against);
    const byUnit = new Map<number, PatternEvent>();
    rhythm.accents.forEach((level, beat) => {
      const unit = beat * (unitsPerBar / beatsPerBar);
      byUnit.set(unit, { unit, beat, sounds: beatSounds(level) });
    });
    for (let click = 0; click < rhythm.against; click += 1) {
      const unit = click * (unitsPerBar / rhythm.against);
      const onBeat = byUnit.get(unit);
      byUnit.set(unit, {
        unit,
        beat: onBeat?.beat ?? null,
        sounds: [...(onBeat?.sounds ?? []), "counter"],
      });
    }
    return { beatsPerBar, unitsPerBar, events: [...byUnit.values()].sort((a, b) => a.unit - b.unit) };
  }
  const { denominator, numerators } = subdivisionOnsets[rhythm.subdivision];
  const events: PatternEvent[] = [];
  rhythm.accents.forEach((level, beat) => {
    for (const numerator of numerators) {
      const unit = beat * denominator + numerator;
      events.push(
        numerator === 0
          ? { unit, beat, sounds: beatSounds(level) }
          : { unit, beat: null, sounds: ["subdivision"] },
      );
    }
  });
  return { beatsPerBar, unitsPerBar: beatsPerBar * denominator, events };
}
