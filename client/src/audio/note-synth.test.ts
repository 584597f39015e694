import { describe, expect, test } from "vitest";
import { chordPhrase, phraseLengthSec, scalePhrase } from "./note-synth";

describe("scalePhrase", () => {
  test("goes up to the octave and back without repeating the top note, the last note held", () => {
    const notes = scalePhrase(60, [0, 2, 4, 5, 7, 9, 11], 0.25);
    expect(notes.map((note) => note.midi)).toEqual([
      60, 62, 64, 65, 67, 69, 71, 72, 71, 69, 67, 65, 64, 62, 60,
    ]);
    expect(notes.map((note) => note.startSec)).toEqual(notes.map((_, index) => index * 0.25));
    expect(notes.at(-1)?.durationSec).toBe(0.5);
  });

  test("comes down by its own steps when given (melodic minor up, natural down)", () => {
    const notes = scalePhrase(57, [0, 2, 3, 5, 7, 9, 11], 0.3, [0, 2, 3, 5, 7, 8, 10]);
    expect(notes.map((note) => note.midi)).toEqual([
      57, 59, 60, 62, 64, 66, 68, 69, 67, 65, 64, 62, 60, 59, 57,
    ]);
  });
});

test("a chord is rolled upwards and its notes end together", () => {
  const notes = chordPhrase([60, 64, 67], 1.2, 0.05);
  expect(notes.map((note) => note.startSec + note.durationSec)).toEqual([1.2, 1.2, 1.2]);
  expect(phraseLengthSec(notes)).toBeGreaterThanOrEqual(1.2);
});
