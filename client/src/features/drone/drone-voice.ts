import { frequencyOfMidi } from "@mirubato/domain";
import { glideTo } from "../../audio/fade";

/**
 * A sustained reference tone for intonation practice: one pitch, optionally with the pure fifth
 * above (a 3:2 ratio, not the tempered fifth: against a drone a musician tunes by ear, and a just
 * fifth is what beats-free sounds like). Changes glide, so switching notes never clicks.
 */
export const droneTimbres = ["pure", "organ", "strings"] as const;
export type DroneTimbre = (typeof droneTimbres)[number];

export interface DroneSound {
  readonly midi: number;
  readonly referenceA: number;
  readonly withFifth: boolean;
  readonly timbre: DroneTimbre;
  /** 0–1. */
  readonly volume: number;
}

export interface DroneVoice {
  update(sound: DroneSound): void;
  /** Fades out, then releases the nodes; resolves once silent. */
  stop(): Promise<void>;
}

/** Harmonic amplitudes (the fundamental first) of each timbre. */
const partials: Readonly<Record<DroneTimbre, readonly number[]>> = {
  pure: [1],
  organ: [1, 0.6, 0.35, 0.25, 0.12, 0.08, 0.04, 0.03],
  strings: [1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.14, 0.12, 0.1, 0.08, 0.06, 0.05],
};

const fifthRatio = 3 / 2;
/** The fifth sits a little under the root so the root stays the pitch one hears. */
const fifthLevel = 0.6;
/** Headroom: root and fifth at full volume stay below clipping. */
const masterLevel = 0.35;
const glideSec = 0.03;
const fadeSec = 0.08;

function periodicWave(context: BaseAudioContext, timbre: DroneTimbre): PeriodicWave {
  const amplitudes = partials[timbre];
  const real = new Float32Array(amplitudes.length + 1);
  const imag = Float32Array.from([0, ...amplitudes]);
  return context.createPeriodicWave(real, imag);
}

/** Starts the drone at `atSec` on `context`'s clock, fading in. */
export function startDrone(
  context: BaseAudioContext,
  destination: AudioNode,
  sound: DroneSound,
  atSec = context.currentTime,
): DroneVoice {
  const master = new GainNode(context, { gain: 0 });
  master.connect(destination);
  const root = new OscillatorNode(context);
  const fifth = new OscillatorNode(context);
  const fifthGain = new GainNode(context, { gain: 0 });
  root.connect(master);
  fifth.connect(fifthGain).connect(master);
  let timbre: DroneTimbre | undefined;

  const apply = (next: DroneSound, now: number, isFirst: boolean) => {
    if (next.timbre !== timbre) {
      const wave = periodicWave(context, next.timbre);
      root.setPeriodicWave(wave);
      fifth.setPeriodicWave(wave);
      timbre = next.timbre;
    }
    const frequency = frequencyOfMidi(next.midi, next.referenceA);
    const fifthLevelNow = next.withFifth ? fifthLevel : 0;
    const level = masterLevel * Math.min(1, Math.max(0, next.volume));
    if (isFirst) {
      root.frequency.setValueAtTime(frequency, now);
      fifth.frequency.setValueAtTime(frequency * fifthRatio, now);
      fifthGain.gain.setValueAtTime(fifthLevelNow, now);
      master.gain.setValueAtTime(0, now);
      master.gain.setTargetAtTime(level, now, fadeSec / 3);
      return;
    }
    glideTo(root.frequency, frequency, now, glideSec);
    glideTo(fifth.frequency, frequency * fifthRatio, now, glideSec);
    glideTo(fifthGain.gain, fifthLevelNow, now, glideSec);
    glideTo(master.gain, level, now, glideSec);
  };

  apply(sound, atSec, true);
  root.start(atSec);
  fifth.start(atSec);
  let isStopped = false;

  return {
    update(next) {
      if (!isStopped) apply(next, context.currentTime, false);
    },
    stop() {
      if (isStopped) return Promise.resolve();
      isStopped = true;
      const now = context.currentTime;
      glideTo(master.gain, 0, now, fadeSec / 4);
      const end = now + fadeSec;
      root.stop(end);
      fifth.stop(end);
      return new Promise((resolve) => {
        root.onended = () => {
          master.disconnect();
          resolve();
        };
      });
    },
  };
}
