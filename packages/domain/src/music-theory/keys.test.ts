import { describe, expect, test } from "vitest";
import {
  circlePositions,
  descendingScale,
  diatonicTriads,
  enharmonicKey,
  keyAt,
  keySignature,
  neighbourKeys,
  relativeKey,
  spellScale,
} from "./keys";

const names = (notes: readonly { name: string }[]) => notes.map((note) => note.name);

describe("key signatures", () => {
  test("sharps are added F C G D A E B and flats B E A D G C F", () => {
    expect(keySignature(0).accidentals).toEqual([]);
    expect(keySignature(4).accidentals).toEqual(["F♯", "C♯", "G♯", "D♯"]);
    expect(keySignature(-3).accidentals).toEqual(["B♭", "E♭", "A♭"]);
    expect(keySignature(7).accidentals).toHaveLength(7);
  });
});

describe("keys on the circle", () => {
  test("the twelve major tonics go round in fifths", () => {
    expect(circlePositions.map((fifths) => keyAt(fifths, "major").tonic)).toEqual([
      "C",
      "G",
      "D",
      "A",
      "E",
      "B",
      "F♯",
      "D♭",
      "A♭",
      "E♭",
      "B♭",
      "F",
    ]);
  });

  test("each relative minor shares its major's signature", () => {
    expect(circlePositions.map((fifths) => keyAt(fifths, "minor").tonic)).toEqual([
      "A",
      "E",
      "B",
      "F♯",
      "C♯",
      "G♯",
      "D♯",
      "B♭",
      "F",
      "C",
      "G",
      "D",
    ]);
    expect(relativeKey(keyAt(-3, "major"))).toMatchObject({ tonic: "C", mode: "minor", tonicPitchClass: 0 });
    expect(relativeKey(keyAt(1, "minor"))).toMatchObject({ tonic: "G", mode: "major" });
  });

  test("neighbours are a fifth down and a fifth up, wrapping round the bottom of the circle", () => {
    const { subdominant, dominant } = neighbourKeys(keyAt(0, "major"));
    expect([subdominant.tonic, dominant.tonic]).toEqual(["F", "G"]);
    const fSharp = neighbourKeys(keyAt(6, "major"));
    expect([fSharp.subdominant.tonic, fSharp.dominant.tonic]).toEqual(["B", "D♭"]);
  });
});

describe("enharmonic keys", () => {
  test("the keys at the bottom of the circle have a second spelling, the others none", () => {
    expect(enharmonicKey(keyAt(6, "major"))).toMatchObject({ tonic: "G♭", fifths: -6, tonicPitchClass: 6 });
    expect(enharmonicKey(keyAt(5, "major"))).toMatchObject({ tonic: "C♭", fifths: -7 });
    expect(enharmonicKey(keyAt(-5, "major"))).toMatchObject({ tonic: "C♯", fifths: 7 });
    expect(enharmonicKey(keyAt(-3, "minor"))?.tonic).toBeUndefined();
    expect(enharmonicKey(keyAt(0, "major"))).toBeUndefined();
    expect(enharmonicKey(keyAt(6, "minor"))).toMatchObject({ tonic: "E♭", mode: "minor" });
  });

  test("a spelling and its enharmonic sound the same scale", () => {
    const sharp = spellScale(keyAt(6, "major")).map((note) => note.semitones);
    const flat = spellScale(keyAt(-6, "major")).map((note) => note.semitones);
    expect(sharp).toEqual(flat);
    expect(keyAt(6, "major").tonicPitchClass).toBe(keyAt(-6, "major").tonicPitchClass);
  });
});

describe("scales and chords", () => {
  test("scales use each letter once with the key's accidentals", () => {
    expect(names(spellScale(keyAt(-1, "major")))).toEqual(["F", "G", "A", "B♭", "C", "D", "E"]);
    expect(names(spellScale(keyAt(6, "major")))).toEqual(["F♯", "G♯", "A♯", "B", "C♯", "D♯", "E♯"]);
    expect(names(spellScale(keyAt(-3, "minor")))).toEqual(["C", "D", "E♭", "F", "G", "A♭", "B♭"]);
  });

  test("diatonic triads of a major key are I ii iii IV V vi vii°", () => {
    const triads = diatonicTriads(keyAt(2, "major"));
    expect(triads.map((triad) => triad.numeral)).toEqual(["I", "ii", "iii", "IV", "V", "vi", "vii°"]);
    expect(names(triads[4]?.notes ?? [])).toEqual(["A", "C♯", "E"]);
    expect(triads[6]?.notes.map((note) => note.semitones)).toEqual([11, 14, 17]);
  });

  test("diatonic triads of a natural minor key are i ii° III iv v VI VII", () => {
    const triads = diatonicTriads(keyAt(0, "minor"));
    expect(triads.map((triad) => triad.numeral)).toEqual(["i", "ii°", "III", "iv", "v", "VI", "VII"]);
    expect(names(triads[0]?.notes ?? [])).toEqual(["A", "C", "E"]);
  });

  test("harmonic minor raises the seventh, spelled on its own letter", () => {
    expect(names(spellScale(keyAt(0, "minor"), "harmonic"))).toEqual(["A", "B", "C", "D", "E", "F", "G♯"]);
    expect(names(spellScale(keyAt(-3, "minor"), "harmonic"))).toEqual(["C", "D", "E♭", "F", "G", "A♭", "B"]);
    // G♯ minor's leading note is F double sharp, not G.
    expect(spellScale(keyAt(5, "minor"), "harmonic")[6]).toEqual({ name: "F♯♯", semitones: 11 });
  });

  test("melodic minor raises the sixth and seventh; a major key ignores the form", () => {
    const dMinor = spellScale(keyAt(-1, "minor"), "melodic");
    expect(names(dMinor)).toEqual(["D", "E", "F", "G", "A", "B", "C♯"]);
    expect(dMinor.map((note) => note.semitones)).toEqual([0, 2, 3, 5, 7, 9, 11]);
    expect(spellScale(keyAt(2, "major"), "melodic")).toEqual(spellScale(keyAt(2, "major")));
  });

  test("melodic minor comes down natural; harmonic comes down as it went up", () => {
    const aMinor = keyAt(0, "minor");
    expect(names(descendingScale(aMinor, "melodic"))).toEqual(names(spellScale(aMinor)));
    expect(descendingScale(aMinor, "harmonic")).toEqual(spellScale(aMinor, "harmonic"));
  });

  test("harmonic minor's triads: i ii° III+ iv V VI vii°", () => {
    const triads = diatonicTriads(keyAt(0, "minor"), "harmonic");
    expect(triads.map((triad) => triad.numeral)).toEqual(["i", "ii°", "III+", "iv", "V", "VI", "vii°"]);
    expect(triads[2]?.quality).toBe("augmented");
    expect(names(triads[4]?.notes ?? [])).toEqual(["E", "G♯", "B"]);
  });

  test("melodic minor's triads: i ii III+ IV V vi° vii°", () => {
    const triads = diatonicTriads(keyAt(0, "minor"), "melodic");
    expect(triads.map((triad) => triad.numeral)).toEqual(["i", "ii", "III+", "IV", "V", "vi°", "vii°"]);
  });
});
