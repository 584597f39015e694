import { useCallback, useEffect, useRef } from "react";
import { playPhrase, type SynthNote } from "./note-synth";

/** Lead time so the first note is scheduled ahead of the audio thread, never late or cut. */
const leadSec = 0.04;

/**
 * Plays phrases (a scale, a chord) one at a time on the page's audio output (from
 * `useAudioOutput`): a new one silences the one before, as a musician clicking from chord to chord
 * expects.
 */
export function usePhrasePlayer(
  output: () => Promise<AudioContext>,
  referenceA: number,
): (notes: readonly SynthNote[]) => Promise<void> {
  const silence = useRef<(() => void) | null>(null);
  useEffect(() => () => silence.current?.(), []);
  return useCallback(
    async (notes) => {
      const context = await output();
      silence.current?.();
      silence.current = playPhrase(context, context.destination, notes, {
        atSec: context.currentTime + leadSec,
        referenceA,
      });
    },
    [output, referenceA],
  );
}
