/**
 * YIN pitch detection (de Cheveigné & Kawahara, 2002) on one buffer of microphone samples:
 * the cumulative-mean-normalised difference picks the period, and a parabola through the raw
 * difference around it refines the period below one sample, which is what makes ±1 cent possible.
 */

export type PitchOptions = {
  sampleRate: number;
  minFrequency?: number;
  maxFrequency?: number;
  /** YIN's absolute threshold on the normalised difference; lower is stricter. */
  threshold?: number;
  /** Below this RMS the buffer is treated as silence. */
  minRms?: number;
};

export type DetectedPitch = {
  frequency: number;
  /** 1 − the normalised difference at the period: near 1 for a clean periodic tone. */
  clarity: number;
};

export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

/** The fundamental frequency of `samples`, or undefined for silence or an aperiodic sound. */
export function detectPitch(samples: Float32Array, options: PitchOptions): DetectedPitch | undefined {
  const { sampleRate, minFrequency = 60, maxFrequency = 1600, threshold = 0.15, minRms = 0.01 } = options;
  if (rms(samples) < minRms) return undefined;
  const maxTau = Math.min(Math.floor(sampleRate / minFrequency), Math.floor(samples.length / 2));
  const minTau = Math.max(2, Math.floor(sampleRate / maxFrequency));
  const window = Math.min(2048, samples.length - maxTau - 1);
  if (window <= 0 || minTau >= maxTau) return undefined;

  const difference = new Float32Array(maxTau + 2);
  for (let tau = 1; tau <= maxTau + 1; tau++) {
    let sum = 0;
    for (let i = 0; i < window; i++) {
      const delta = (samples[i] ?? 0) - (samples[i + tau] ?? 0);
      sum += delta * delta;
    }
    difference[tau] = sum;
  }

  const normalised = new Float32Array(maxTau + 2);
  normalised[0] = 1;
  let runningSum = 0;
  for (let tau = 1; tau <= maxTau + 1; tau++) {
    runningSum += difference[tau] ?? 0;
    normalised[tau] = runningSum === 0 ? 1 : ((difference[tau] ?? 0) * tau) / runningSum;
  }

  const tau = firstDip(normalised, minTau, maxTau, threshold);
  if (tau === undefined) return undefined;
  const period =
    tau + parabolicOffset(difference[tau - 1] ?? 0, difference[tau] ?? 0, difference[tau + 1] ?? 0);
  return {
    frequency: sampleRate / refinePeriod(difference, period, maxTau),
    clarity: 1 - (normalised[tau] ?? 1),
  };
}

/**
 * Noise moves one dip's vertex by a fraction of a sample; the dip k periods later moves by the same
 * amount but spans k periods, so measuring there divides the error by k.
 */
function refinePeriod(difference: Float32Array, period: number, maxTau: number): number {
  const multiple = Math.floor((maxTau - 2) / period);
  if (multiple < 2) return period;
  const expected = Math.round(period * multiple);
  let best = expected;
  for (let tau = expected - 2; tau <= expected + 2; tau++) {
    if ((difference[tau] ?? Number.POSITIVE_INFINITY) < (difference[best] ?? Number.POSITIVE_INFINITY))
      best = tau;
  }
  const vertex =
    best + parabolicOffset(difference[best - 1] ?? 0, difference[best] ?? 0, difference[best + 1] ?? 0);
  return vertex / multiple;
}

/** The first local minimum under the threshold (YIN step 4), which avoids octave-down errors. */
function firstDip(
  normalised: Float32Array,
  minTau: number,
  maxTau: number,
  threshold: number,
): number | undefined {
  for (let tau = minTau; tau < maxTau; tau++) {
    if ((normalised[tau] ?? 1) >= threshold) continue;
    let best = tau;
    while (best + 1 < maxTau && (normalised[best + 1] ?? 1) < (normalised[best] ?? 1)) best++;
    return best;
  }
  return undefined;
}

/** Offset in samples (−0.5…0.5) of the vertex of the parabola through three points. */
function parabolicOffset(before: number, at: number, after: number): number {
  const curvature = before - 2 * at + after;
  if (curvature <= 0) return 0;
  const offset = (before - after) / (2 * curvature);
  return Math.max(-0.5, Math.min(0.5, offset));
}
