/**
 * Equal-tempered pitch: notes as MIDI numbers, frequencies against an adjustable reference A4,
 * and the cents between a heard frequency and the nearest note.
 */

export const pitchClassNames = ["C", "C♯", "D", "E♭", "E", "F", "F♯", "G", "A♭", "A", "B♭", "B"] as const;
export type PitchClassName = (typeof pitchClassNames)[number];

export const defaultReferenceA = 440;
export const minReferenceA = 415;
export const maxReferenceA = 466;

const midiA4 = 69;

/** Frequency in Hz of a MIDI note number, with A4 (MIDI 69) at `referenceA` Hz. */
export function frequencyOfMidi(midi: number, referenceA: number = defaultReferenceA): number {
  return referenceA * 2 ** ((midi - midiA4) / 12);
}

/** MIDI number of pitch class 0–11 (C = 0) in a scientific-pitch octave (C4 = 60). */
export function midiOf(pitchClass: number, octave: number): number {
  return (octave + 1) * 12 + pitchClass;
}

export type NearestNote = {
  midi: number;
  name: PitchClassName;
  octave: number;
  /** How far the frequency is from the note, in cents; positive is sharp. */
  cents: number;
};

/** The equal-tempered note nearest to `frequency`, and how many cents off it is. */
export function nearestNote(frequency: number, referenceA: number = defaultReferenceA): NearestNote {
  const exact = midiA4 + 12 * Math.log2(frequency / referenceA);
  const midi = Math.round(exact);
  const pitchClass = ((midi % 12) + 12) % 12;
  return {
    midi,
    name: pitchClassNames[pitchClass] ?? "C",
    octave: Math.floor(midi / 12) - 1,
    cents: (exact - midi) * 100,
  };
}

/** Cents from frequency `from` to frequency `to`. */
export function centsBetween(from: number, to: number): number {
  return 1200 * Math.log2(to / from);
}
