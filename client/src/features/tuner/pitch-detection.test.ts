import { centsBetween } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { detectPitch } from "./pitch-detection";

const sampleRate = 48_000;
const length = 4096;

/** A deterministic pseudo-random generator, so noisy buffers are the same on every run. */
function noiseSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) % 2 ** 32;
    return state / 2 ** 32 - 0.5;
  };
}

function tone(frequency: number, shape: "sine" | "sawtooth", noise = 0, phase = 0.3): Float32Array {
  const random = noiseSource(7);
  const samples = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const cycles = (frequency * i) / sampleRate + phase;
    const value = shape === "sine" ? Math.sin(2 * Math.PI * cycles) : 2 * (cycles - Math.floor(cycles + 0.5));
    samples[i] = 0.5 * value + noise * random();
  }
  return samples;
}

function centsOff(samples: Float32Array, expected: number): number {
  const pitch = detectPitch(samples, { sampleRate });
  if (pitch === undefined) throw new Error(`no pitch detected for ${expected} Hz`);
  return centsBetween(expected, pitch.frequency);
}

describe("detectPitch", () => {
  test("finds A4 in a clean sine within one cent", () => {
    expect(Math.abs(centsOff(tone(440, "sine"), 440))).toBeLessThan(1);
  });

  test("finds A4 in a noisy sine within one cent", () => {
    expect(Math.abs(centsOff(tone(440, "sine", 0.2), 440))).toBeLessThan(1);
  });

  test("finds A4 in a noisy sawtooth within one cent, not an octave off", () => {
    expect(Math.abs(centsOff(tone(440, "sawtooth", 0.2), 440))).toBeLessThan(1);
  });

  test("tells a tone 10 cents sharp of D4 from D4 itself", () => {
    const d4 = 293.665;
    const sharp = d4 * 2 ** (10 / 1200);
    expect(centsOff(tone(sharp, "sine", 0.1), d4)).toBeCloseTo(10, 0);
  });

  test("finds the low E string and a high note", () => {
    expect(Math.abs(centsOff(tone(82.407, "sawtooth", 0.1), 82.407))).toBeLessThan(2);
    expect(Math.abs(centsOff(tone(1046.5, "sine", 0.1), 1046.5))).toBeLessThan(2);
  });

  test("reports nothing for silence or white noise", () => {
    expect(detectPitch(new Float32Array(length), { sampleRate })).toBeUndefined();
    const random = noiseSource(3);
    const noise = Float32Array.from({ length }, () => random());
    expect(detectPitch(noise, { sampleRate })).toBeUndefined();
  });
});
