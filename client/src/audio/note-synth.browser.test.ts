import { frequencyOfMidi, nearestNote } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { detectPitch } from "../features/tuner/pitch-detection";
import { chordPhrase, phraseLengthSec, playPhrase, scalePhrase } from "./note-synth";

/**
 * What the circle of fifths plays, heard back: phrases are rendered offline in Chromium and the
 * tuner's own pitch detection must hear each note, at its time, within a cent of its pitch.
 */
const sampleRate = 48_000;

async function render(notes: ReturnType<typeof scalePhrase>, referenceA: number): Promise<Float32Array> {
  const length = Math.ceil(phraseLengthSec(notes) * sampleRate) + sampleRate / 10;
  const context = new OfflineAudioContext({ numberOfChannels: 1, length, sampleRate });
  playPhrase(context, context.destination, notes, { atSec: 0, referenceA });
  return (await context.startRendering()).getChannelData(0);
}

function pitchAt(samples: Float32Array, atSec: number): number | undefined {
  const start = Math.round(atSec * sampleRate);
  return detectPitch(samples.subarray(start, start + 4096), { sampleRate })?.frequency;
}

describe("the note synthesiser", () => {
  test("a D major scale up and down sounds each note in turn, in tune at A = 442", async () => {
    const noteSec = 0.25;
    const notes = scalePhrase(62, [0, 2, 4, 5, 7, 9, 11], noteSec);
    expect(notes.map((note) => note.midi)).toEqual([
      62, 64, 66, 67, 69, 71, 73, 74, 73, 71, 69, 67, 66, 64, 62,
    ]);
    const samples = await render(notes, 442);
    for (const note of notes) {
      const heard = pitchAt(samples, note.startSec + 0.05);
      expect(heard, `note ${note.midi}`).toBeDefined();
      const expected = frequencyOfMidi(note.midi, 442);
      expect(Math.abs(1200 * Math.log2((heard ?? 0) / expected))).toBeLessThan(1);
    }
  });

  test("a chord's notes all sound, and it fades to silence after its length", async () => {
    const notes = chordPhrase([60, 64, 67], 1);
    const samples = await render(notes, 440);
    // A close C major triad: its lowest common period is C an octave down, or its root.
    const heard = pitchAt(samples, 0.3);
    expect(heard).toBeDefined();
    expect(nearestNote(heard ?? 0).name).toBe("C");
    const tail = samples.subarray(Math.round((phraseLengthSec(notes) + 0.02) * sampleRate));
    expect(Math.max(...tail.map(Math.abs))).toBeLessThan(1e-3);
  });
});
