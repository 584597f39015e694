import type { ClickSound } from "@mirubato/domain";

/**
 * The metronome's clicks, synthesised (no sample files), in three kits: a bright click, a wood
 * block (a lower knock with an inharmonic overtone) and an electronic beep (held, then faded).
 * Within a kit each sound has its own pitch, loudness and length, so accents, beats, subdivisions
 * and the polyrhythm's second voice are told apart by ear. Every sound starts at its peak on its
 * first sample (a sharp onset, which the exactness test finds) and is silent after its last.
 */
export const clickKits = ["click", "wood", "beep"] as const;
export type ClickKit = (typeof clickKits)[number];

interface ClickVoice {
  readonly frequencyHz: number;
  readonly gain: number;
  readonly durationMs: number;
  /** A partial above the fundamental (frequency ratio, level relative to it): the wood's knock. */
  readonly overtone?: { readonly ratio: number; readonly level: number };
  /** Share of the length held at full level before a linear fade (a beep); absent: struck, decaying. */
  readonly hold?: number;
}

const woodKnock = { ratio: 2.76, level: 0.35 };

const kitVoices: Readonly<Record<ClickKit, Readonly<Record<ClickSound, ClickVoice>>>> = {
  click: {
    accent: { frequencyHz: 1760, gain: 0.5, durationMs: 22 },
    normal: { frequencyHz: 1320, gain: 0.4, durationMs: 18 },
    soft: { frequencyHz: 1320, gain: 0.22, durationMs: 14 },
    subdivision: { frequencyHz: 990, gain: 0.14, durationMs: 10 },
    counter: { frequencyHz: 660, gain: 0.32, durationMs: 20 },
  },
  wood: {
    accent: { frequencyHz: 1050, gain: 0.55, durationMs: 30, overtone: woodKnock },
    normal: { frequencyHz: 800, gain: 0.45, durationMs: 26, overtone: woodKnock },
    soft: { frequencyHz: 800, gain: 0.25, durationMs: 20, overtone: woodKnock },
    subdivision: { frequencyHz: 620, gain: 0.16, durationMs: 14, overtone: woodKnock },
    counter: { frequencyHz: 520, gain: 0.36, durationMs: 26, overtone: woodKnock },
  },
  beep: {
    accent: { frequencyHz: 1568, gain: 0.3, durationMs: 60, hold: 0.75 },
    normal: { frequencyHz: 1046.5, gain: 0.26, durationMs: 50, hold: 0.75 },
    soft: { frequencyHz: 1046.5, gain: 0.14, durationMs: 40, hold: 0.75 },
    subdivision: { frequencyHz: 784, gain: 0.1, durationMs: 14, hold: 0.5 },
    counter: { frequencyHz: 659.3, gain: 0.22, durationMs: 50, hold: 0.75 },
  },
};

/** The default kit's voices (what the exactness test measures loudness against). */
export const clickVoices = kitVoices.click;

function envelopeAt(frame: number, length: number, hold: number | undefined): number {
  if (hold === undefined) return Math.exp(-frame / (length / 5)) * (1 - frame / length);
  const holdFrames = length * hold;
  return frame < holdFrames ? 1 : (length - frame) / (length - holdFrames);
}

/** Renders one sound of a kit at a sample rate. */
export function synthesiseClick(
  sound: ClickSound,
  sampleRate: number,
  kit: ClickKit = "click",
): Float32Array {
  const { frequencyHz, gain, durationMs, overtone, hold } = kitVoices[kit][sound];
  const length = Math.max(1, Math.round((durationMs / 1000) * sampleRate));
  const samples = new Float32Array(length);
  for (let frame = 0; frame < length; frame += 1) {
    const phase = (2 * Math.PI * frequencyHz * frame) / sampleRate;
    const tone =
      overtone === undefined
        ? Math.cos(phase)
        : (Math.cos(phase) + overtone.level * Math.cos(phase * overtone.ratio)) / (1 + overtone.level);
    samples[frame] = gain * envelopeAt(frame, length, hold) * tone;
  }
  return samples;
}

/** Every sound of a kit rendered once for a sample rate. */
export function synthesiseClicks(
  sampleRate: number,
  kit: ClickKit = "click",
): Readonly<Record<ClickSound, Float32Array>> {
  return {
    accent: synthesiseClick("accent", sampleRate, kit),
    normal: synthesiseClick("normal", sampleRate, kit),
    soft: synthesiseClick("soft", sampleRate, kit),
    subdivision: synthesiseClick("subdivision", sampleRate, kit),
    counter: synthesiseClick("counter", sampleRate, kit),
  };
}
