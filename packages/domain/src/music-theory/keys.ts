/**
 * Major and minor keys around the circle of fifths, with their signatures and spellings. A key is
 * its position on the circle, −7 (C♭ major, seven flats) to +7 (C♯ major, seven sharps); the
 * relative minor shares the position and so the signature.
 */

export type KeyMode = "major" | "minor";

/** Letter names in order; spelling a scale takes one letter per degree so no letter repeats. */
const letters = ["C", "D", "E", "F", "G", "A", "B"] as const;
type Letter = (typeof letters)[number];
const letterPitchClass: Record<Letter, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };

/** Order sharps are added in (F C G D A E B); flats come in the reverse order. */
const sharpOrder: readonly Letter[] = ["F", "C", "G", "D", "A", "E", "B"];
const flatOrder: readonly Letter[] = ["B", "E", "A", "D", "G", "C", "F"];

export interface KeySignature {
  /** Positive: sharps; negative: flats; 0: none. */
  readonly fifths: number;
  /** The altered notes in the order they are written, e.g. ["F♯", "C♯"]. */
  readonly accidentals: readonly string[];
}

export interface MusicalKey {
  readonly fifths: number;
  readonly mode: KeyMode;
  /** Pitch class of the tonic, C = 0. */
  readonly tonicPitchClass: number;
  /** The tonic as written in this key, e.g. "F♯" or "E♭". */
  readonly tonic: string;
}

/** The twelve positions of the circle, C at the top, sharps clockwise, flats anticlockwise. */
export const circlePositions = [0, 1, 2, 3, 4, 5, 6, -5, -4, -3, -2, -1] as const;

const accidentalSymbol = (alteration: number): string =>
  alteration > 0 ? "♯".repeat(alteration) : "♭".repeat(-alteration);

/**
 * The key signature of a circle position.
 *
 * @example
 * keySignature(-3).accidentals; // ["B♭", "E♭", "A♭"]
 */
export function keySignature(fifths: number): KeySignature {
  const count = Math.min(7, Math.abs(Math.trunc(fifths)));
  const order = fifths >= 0 ? sharpOrder : flatOrder;
  const symbol = fifths >= 0 ? "♯" : "♭";
  return {
    fifths: Math.sign(fifths) * count,
    accidentals: order.slice(0, count).map((l) => `${l}${symbol}`),
  };
}

function alterationOf(letter: Letter, fifths: number): number {
  const signature = keySignature(fifths);
  const position = (fifths >= 0 ? sharpOrder : flatOrder).indexOf(letter);
  if (position < 0 || position >= Math.abs(signature.fifths)) return 0;
  return fifths >= 0 ? 1 : -1;
}

/** Letter of a major tonic at a circle position: each fifth up moves four letters up. */
function majorTonicLetter(fifths: number): Letter {
  const index = (((fifths * 4) % 7) + 7) % 7;
  return letters[index] ?? "C";
}

/**
 * The key at a circle position in a mode.
 *
 * @example
 * keyAt(3, "minor").tonic; // "F♯" (F♯ minor, relative of A major)
 */
export function keyAt(fifths: number, mode: KeyMode): MusicalKey {
  const majorLetter = majorTonicLetter(fifths);
  const letterIndex = letters.indexOf(majorLetter);
  const tonicLetter = mode === "major" ? majorLetter : (letters[(letterIndex + 5) % 7] ?? "A");
  const alteration = alterationOf(tonicLetter, fifths);
  const tonicPitchClass = (letterPitchClass[tonicLetter] + alteration + 12) % 12;
  return { fifths, mode, tonicPitchClass, tonic: `${tonicLetter}${accidentalSymbol(alteration)}` };
}

/** The relative key: the minor that shares a major's signature, or the major of a minor. */
export function relativeKey(key: MusicalKey): MusicalKey {
  return keyAt(key.fifths, key.mode === "major" ? "minor" : "major");
}

/** The neighbours on the circle: the subdominant (one fifth down) and dominant (one up). */
export function neighbourKeys(key: MusicalKey): { subdominant: MusicalKey; dominant: MusicalKey } {
  const wrap = (fifths: number) => (fifths > 6 ? fifths - 12 : fifths < -5 ? fifths + 12 : fifths);
  return {
    subdominant: keyAt(wrap(key.fifths - 1), key.mode),
    dominant: keyAt(wrap(key.fifths + 1), key.mode),
  };
}

/**
 * The same key spelled the other way round the circle, where both spellings need at most seven
 * accidentals: B major is C♭ major, F♯ is G♭, C♯ is D♭ (and their relative minors). Undefined
 * for keys with one spelling, like C or E♭.
 *
 * @example
 * enharmonicKey(keyAt(6, "major"))?.tonic; // "G♭"
 */
export function enharmonicKey(key: MusicalKey): MusicalKey | undefined {
  const other = key.fifths > 0 ? key.fifths - 12 : key.fifths + 12;
  return Math.abs(other) <= 7 ? keyAt(other, key.mode) : undefined;
}

const majorSteps = [0, 2, 4, 5, 7, 9, 11] as const;
/** Natural minor (Aeolian): the relative major's notes from the sixth degree. */
const minorSteps = [0, 2, 3, 5, 7, 8, 10] as const;

/**
 * The forms of the minor scale: natural (Aeolian); harmonic, its seventh raised to a leading note;
 * and melodic, its sixth and seventh raised on the way up (it comes down as natural minor).
 */
export const minorForms = ["natural", "harmonic", "melodic"] as const;
export type MinorForm = (typeof minorForms)[number];

/** Degrees (0-based) a minor form raises by a semitone from natural minor. */
const raisedDegrees: Readonly<Record<MinorForm, readonly number[]>> = {
  natural: [],
  harmonic: [6],
  melodic: [5, 6],
};

/** One note of a spelled scale: its written name and semitones above the tonic (0–11). */
export interface ScaleNote {
  readonly name: string;
  readonly semitones: number;
}

/**
 * The seven notes of a key's scale, one letter per degree. A minor key's scale is in `minorForm`
 * (natural unless given; melodic is its rising form); a major key ignores it.
 *
 * @example
 * spellScale(keyAt(-1, "major")).map((n) => n.name); // ["F", "G", "A", "B♭", "C", "D", "E"]
 * spellScale(keyAt(-3, "minor"), "harmonic").map((n) => n.name); // […, "A♭", "B"]
 */
export function spellScale(key: MusicalKey, minorForm: MinorForm = "natural"): readonly ScaleNote[] {
  const tonicLetterIndex = letters.indexOf(tonicLetterOf(key));
  const steps = key.mode === "major" ? majorSteps : minorSteps;
  const raised = key.mode === "minor" ? raisedDegrees[minorForm] : [];
  return steps.map((naturalSemitones, degree) => {
    const letter = letters[(tonicLetterIndex + degree) % 7] ?? "C";
    const raise = raised.includes(degree) ? 1 : 0;
    const alteration = alterationOf(letter, key.fifths) + raise;
    return { name: `${letter}${accidentalSymbol(alteration)}`, semitones: naturalSemitones + raise };
  });
}

/** The scale a key comes down by: its own, except melodic minor, which comes down as natural minor. */
export function descendingScale(key: MusicalKey, minorForm: MinorForm = "natural"): readonly ScaleNote[] {
  return spellScale(key, minorForm === "melodic" ? "natural" : minorForm);
}

function tonicLetterOf(key: MusicalKey): Letter {
  const first = key.tonic.charAt(0);
  return letters.find((letter) => letter === first) ?? "C";
}

export type TriadQuality = "major" | "minor" | "diminished" | "augmented";

export interface Triad {
  /** Scale degree 1–7. */
  readonly degree: number;
  /** Roman numeral: upper case major, lower case minor, "°" diminished, "+" augmented. */
  readonly numeral: string;
  readonly quality: TriadQuality;
  readonly notes: readonly ScaleNote[];
}

const numerals = ["I", "II", "III", "IV", "V", "VI", "VII"] as const;

/**
 * The seven diatonic triads of a key (root, third and fifth stacked from each degree). Each note's
 * semitones count up from the key's tonic and may pass 12, so the chord is voiced in close position.
 */
export function diatonicTriads(key: MusicalKey, minorForm: MinorForm = "natural"): readonly Triad[] {
  const scale = spellScale(key, minorForm);
  return scale.map((_, degree) => {
    const notes = [0, 2, 4].map((offset) => {
      const index = degree + offset;
      const note = scale[index % 7] ?? { name: "", semitones: 0 };
      return { name: note.name, semitones: note.semitones + 12 * Math.floor(index / 7) };
    });
    const [root, third, fifth] = notes.map((note) => note.semitones);
    const thirdSize = (third ?? 0) - (root ?? 0);
    const fifthSize = (fifth ?? 0) - (root ?? 0);
    const quality: TriadQuality =
      fifthSize === 6 ? "diminished" : fifthSize === 8 ? "augmented" : thirdSize === 4 ? "major" : "minor";
    const base = numerals[degree] ?? "I";
    const numeral = {
      major: base,
      minor: base.toLowerCase(),
      diminished: `${base.toLowerCase()}°`,
      augmented: `${base}+`,
    }[quality];
    return { degree: degree + 1, numeral, quality, notes };
  });
}
