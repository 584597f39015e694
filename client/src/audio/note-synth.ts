import { frequencyOfMidi } from "@mirubato/domain";
import { glideTo } from "./fade";

/**
 * A small synthesiser for the Toolbox's examples (the circle of fifths' scales and chords): each
 * note a triangle wave with a soft attack and a piano-like decay, scheduled on the audio clock so
 * a scale keeps its rhythm however busy the page is. Notes are plain values, so what is played can
 * be worked out (and tested) apart from the sound.
 */
export interface SynthNote {
  readonly midi: number;
  /** Seconds after the phrase starts. */
  readonly startSec: number;
  readonly durationSec: number;
}

const attackSec = 0.01;
const releaseSec = 0.08;
/** Peak level of one note; a chord's notes share it, so three at once do not clip. */
const peakGain = 0.28;

/**
 * A scale up to its octave and back down, one note every `noteSec`; the top note is not repeated.
 * `downSemitones` is the scale it comes down by, when that differs (melodic minor comes down natural).
 *
 * @example
 * scalePhrase(60, [0, 2, 4, 5, 7, 9, 11], 0.3).map((note) => note.midi); // 60 62 … 72 71 … 60
 */
export function scalePhrase(
  tonicMidi: number,
  semitones: readonly number[],
  noteSec: number,
  downSemitones: readonly number[] = semitones,
): SynthNote[] {
  const up = [...semitones, 12].map((step) => tonicMidi + step);
  const down = downSemitones.map((step) => tonicMidi + step).reverse();
  return [...up, ...down].map((midi, index) => ({
    midi,
    startSec: index * noteSec,
    durationSec: index === up.length + down.length - 1 ? noteSec * 2 : noteSec,
  }));
}

/** A chord: its notes rolled upwards by `rollSec` each (as a pianist spreads it), held together. */
export function chordPhrase(midis: readonly number[], durationSec: number, rollSec = 0.03): SynthNote[] {
  return midis.map((midi, index) => ({
    midi,
    startSec: index * rollSec,
    durationSec: durationSec - index * rollSec,
  }));
}

/** Seconds until the last note of a phrase has faded. */
export function phraseLengthSec(notes: readonly SynthNote[]): number {
  return notes.reduce((end, note) => Math.max(end, note.startSec + note.durationSec + releaseSec), 0);
}

/**
 * Plays `notes` on `context` from `atSec` (its clock), tuned to `referenceA`; returns a function
 * that silences whatever is still sounding, quickly but without a click.
 */
export function playPhrase(
  context: BaseAudioContext,
  destination: AudioNode,
  notes: readonly SynthNote[],
  { atSec, referenceA }: { atSec: number; referenceA: number },
): () => void {
  const voices = notes.map((note) => {
    const oscillator = new OscillatorNode(context, {
      type: "triangle",
      frequency: frequencyOfMidi(note.midi, referenceA),
    });
    const envelope = new GainNode(context, { gain: 0 });
    const start = atSec + note.startSec;
    const end = start + note.durationSec;
    envelope.gain.setValueAtTime(0, start);
    envelope.gain.linearRampToValueAtTime(peakGain, start + attackSec);
    // Decays towards a sustain at a third of the peak, like a struck string.
    envelope.gain.setTargetAtTime(peakGain / 3, start + attackSec, note.durationSec / 3);
    envelope.gain.setTargetAtTime(0, end, releaseSec / 4);
    oscillator.connect(envelope).connect(destination);
    oscillator.start(start);
    oscillator.stop(end + releaseSec);
    return { oscillator, envelope };
  });
  return () => {
    const now = context.currentTime;
    for (const { oscillator, envelope } of voices) {
      glideTo(envelope.gain, 0, now, 0.01);
      try {
        oscillator.stop(now + 0.06);
      } catch {
        // Already stopped.
      }
    }
  };
}
