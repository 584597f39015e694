import type { ClickSound } from "@mirubato/domain";

/**
 * The metronome's clicks, synthesised (no sample files): a decaying cosine burst per sound, each
 * with its own pitch, loudness and length so accents, beats, subdivisions and the polyrhythm's
 * second voice are told apart by ear. Every burst starts at its peak on its first sample (a sharp
 * onset, which the exactness test finds) and is silent after its last.
 */
interface ClickVoice {
  frequencyHz: number;
  gain: number;
  durationMs: number;
}

export const clickVoices: Readonly<Record<ClickSound, ClickVoice>> = {
  accent: { frequencyHz: 1760, gain: 0.5, durationMs: 22 },
  normal: { frequencyHz: 1320, gain: 0.4, durationMs: 18 },
  soft: { frequencyHz: 1320, gain: 0.22, durationMs: 14 },
  subdivision: { frequencyHz: 990, gain: 0.14, durationMs: 10 },
  counter: { frequencyHz: 660, gain: 0.32, durationMs: 20 },
};

/** Renders one click at a sample rate. */
export function synthesiseClick(sound: ClickSound, sampleRate: number): Float32Array {
  const { frequencyHz, gain, durationMs } = clickVoices[sound];
  const length = Math.max(1, Math.round((durationMs / 1000) * sampleRate));
  const decayFrames = length / 5;
  const samples = new Float32Array(length);
  for (let frame = 0; frame < length; frame += 1) {
    const envelope = Math.exp(-frame / decayFrames) * (1 - frame / length);
    samples[frame] = gain * envelope * Math.cos((2 * Math.PI * frequencyHz * frame) / sampleRate);
  }
  return samples;
}

/** Every click sound rendered once for a sample rate. */
export function synthesiseClicks(sampleRate: number): Readonly<Record<ClickSound, Float32Array>> {
  return {
    accent: synthesiseClick("accent", sampleRate),
    normal: synthesiseClick("normal", sampleRate),
    soft: synthesiseClick("soft", sampleRate),
    subdivision: synthesiseClick("subdivision", sampleRate),
    counter: synthesiseClick("counter", sampleRate),
  };
}
