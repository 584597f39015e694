import { frequencyOfMidi } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { detectPitch } from "../tuner/pitch-detection";
import { type DroneSound, startDrone } from "./drone-voice";

/** The drone rendered offline in Chromium and heard back by the tuner's pitch detection. */
const sampleRate = 48_000;
const d3: DroneSound = { midi: 50, referenceA: 442, withFifth: false, timbre: "organ", volume: 0.8 };

function centsOff(heard: number | undefined, expected: number): number {
  return Math.abs(1200 * Math.log2((heard ?? 0) / expected));
}

function window(samples: Float32Array, atSec: number): Float32Array {
  const start = Math.round(atSec * sampleRate);
  return samples.subarray(start, start + 4096);
}

/**
 * Magnitude of one frequency in a Hann-windowed buffer (Goertzel), for telling whether the fifth
 * sounds; the window keeps the root's energy from leaking into the fifth's bin.
 */
function magnitudeAt(samples: Float32Array, frequency: number): number {
  const coefficient = 2 * Math.cos((2 * Math.PI * frequency) / sampleRate);
  let previous = 0;
  let beforePrevious = 0;
  for (const [index, sample] of samples.entries()) {
    const hann = 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / (samples.length - 1));
    const current = sample * hann + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  return (
    Math.sqrt(previous ** 2 + beforePrevious ** 2 - coefficient * previous * beforePrevious) / samples.length
  );
}

async function renderDrone(sound: DroneSound, seconds: number, change?: { atSec: number; to: DroneSound }) {
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: sampleRate * seconds, sampleRate });
  const voice = startDrone(context, context.destination, sound, 0);
  if (change !== undefined) {
    void context.suspend(change.atSec).then(() => {
      voice.update(change.to);
      void context.resume();
    });
  }
  return (await context.startRendering()).getChannelData(0);
}

describe("the drone", () => {
  for (const timbre of ["pure", "organ", "strings"] as const) {
    test(`sounds D3 in tune at A = 442 (${timbre})`, async () => {
      const samples = await renderDrone({ ...d3, timbre }, 1);
      const heard = detectPitch(window(samples, 0.5), { sampleRate })?.frequency;
      expect(centsOff(heard, frequencyOfMidi(50, 442))).toBeLessThan(1);
    });
  }

  test("adds a pure fifth above only when asked", async () => {
    const fifth = frequencyOfMidi(50, 442) * 1.5;
    const without = magnitudeAt(window(await renderDrone({ ...d3, timbre: "pure" }, 1), 0.5), fifth);
    const withFifth = magnitudeAt(
      window(await renderDrone({ ...d3, timbre: "pure", withFifth: true }, 1), 0.5),
      fifth,
    );
    expect(withFifth).toBeGreaterThan(without * 20);
  });

  test("glides to a new note while sounding", async () => {
    const samples = await renderDrone(d3, 2, { atSec: 1, to: { ...d3, midi: 57 } });
    expect(
      centsOff(detectPitch(window(samples, 0.6), { sampleRate })?.frequency, frequencyOfMidi(50, 442)),
    ).toBeLessThan(1);
    expect(
      centsOff(detectPitch(window(samples, 1.5), { sampleRate })?.frequency, frequencyOfMidi(57, 442)),
    ).toBeLessThan(1);
  });
});
