import { describe, expect, test } from "vitest";
import { centsBetween, frequencyOfMidi, midiOf, nearestNote } from "./pitch";

describe("pitch", () => {
  test("A4 is the reference frequency and an octave doubles it", () => {
    expect(frequencyOfMidi(69)).toBe(440);
    expect(frequencyOfMidi(81)).toBeCloseTo(880, 9);
    expect(frequencyOfMidi(69, 415)).toBe(415);
  });

  test("middle C is MIDI 60 and about 261.63 Hz at A 440", () => {
    expect(midiOf(0, 4)).toBe(60);
    expect(frequencyOfMidi(midiOf(0, 4))).toBeCloseTo(261.626, 3);
  });

  test("the nearest note names the octave in scientific pitch", () => {
    expect(nearestNote(82.41)).toMatchObject({ name: "E", octave: 2, midi: 40 });
    expect(nearestNote(261.63)).toMatchObject({ name: "C", octave: 4 });
    expect(nearestNote(466.16)).toMatchObject({ name: "B♭", octave: 4 });
  });

  test("cents off are positive when sharp and follow the reference A", () => {
    const sharpD4 = frequencyOfMidi(62) * 2 ** (10 / 1200);
    expect(nearestNote(sharpD4).cents).toBeCloseTo(10, 6);
    expect(nearestNote(436).cents).toBeCloseTo(centsBetween(440, 436), 6);
    expect(nearestNote(442, 442).cents).toBeCloseTo(0, 9);
  });

  test("a frequency halfway rounds to one note and reports at most 50 cents", () => {
    const { cents } = nearestNote(440 * 2 ** (0.49 / 12));
    expect(Math.abs(cents)).toBeLessThanOrEqual(50);
  });
});
