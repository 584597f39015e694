import { midiOf } from "@mirubato/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { useReferenceA } from "../../audio/use-reference-a";
import { type DroneSetup, readDroneSetup, writeDroneSetup } from "./drone-setup-storage";
import { type DroneSound, type DroneVoice, startDrone } from "./drone-voice";

export type DroneStatus = "stopped" | "starting" | "sounding" | "failed";

function toSound(setup: DroneSetup, referenceA: number): DroneSound {
  const { pitchClass, octave, withFifth, timbre, volume } = setup;
  return { midi: midiOf(pitchClass, octave), referenceA, withFifth, timbre, volume };
}

/**
 * The drone: its setup (kept on the device), sounding or not; changes reach the sound at once.
 * `output` is the page's audio output (from `useAudioOutput`), shared with its other sounds.
 */
export function useDrone(output: () => Promise<AudioContext>) {
  const [setup, setSetup] = useState<DroneSetup>(() => readDroneSetup(localStorage));
  const [referenceA, setReferenceA] = useReferenceA();
  const [status, setStatus] = useState<DroneStatus>("stopped");
  const voice = useRef<DroneVoice | null>(null);
  const isStarting = useRef(false);
  const sound = toSound(setup, referenceA);
  const soundRef = useRef(sound);
  soundRef.current = sound;

  useEffect(() => {
    writeDroneSetup(localStorage, setup);
    voice.current?.update(toSound(setup, referenceA));
  }, [setup, referenceA]);

  /** Starts sounding; `from` is a setup to start with instead of the current one (and keep). */
  const start = useCallback(
    async (from?: DroneSetup) => {
      if (voice.current !== null || isStarting.current) return;
      isStarting.current = true;
      if (from !== undefined) setSetup(from);
      const first = from === undefined ? soundRef.current : toSound(from, soundRef.current.referenceA);
      setStatus("starting");
      try {
        const context = await output();
        voice.current = startDrone(context, context.destination, first);
        setStatus("sounding");
      } catch (error) {
        console.error("drone could not start", error);
        setStatus("failed");
      } finally {
        isStarting.current = false;
      }
    },
    [output],
  );

  const stop = useCallback(() => {
    void voice.current?.stop();
    voice.current = null;
    setStatus("stopped");
  }, []);

  useEffect(() => () => void voice.current?.stop(), []);

  return { setup, setSetup, referenceA, setReferenceA, sound, status, start, stop };
}
