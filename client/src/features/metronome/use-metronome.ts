import { addTap, emptyTapTempo } from "@mirubato/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { frameToPerformanceMs, type TimedBeat, takeDueBeat } from "./beat-display-queue";
import { readLastSetup, writeLastSetup } from "./last-setup-storage";
import type { MetronomeVoice } from "./metronome-engine";
import type { BeatEvent } from "./metronome-messages";
import { defaultSetup, type MetronomeSetup, toSequencerSettings } from "./metronome-setup";
import { type MetronomeSound, readSound, writeSound } from "./sound-storage";

export type MetronomeStatus = "stopped" | "starting" | "playing" | "failed";

interface LiveAudio {
  context: AudioContext;
  /** The volume control between the engine and the speakers. */
  output: GainNode;
  voice: MetronomeVoice | null;
}

/** Seconds a volume change takes to settle: quick, but without a click. */
const volumeGlideSec = 0.02;

/** The page's audio context with the volume node before the speakers, made on the first start. */
function openAudio(volume: number): Pick<LiveAudio, "context" | "output"> {
  const context = new AudioContext({ latencyHint: "interactive" });
  const output = new GainNode(context, { gain: volume });
  output.connect(context.destination);
  return { context, output };
}

/**
 * The metronome's state: the setup being edited, playing or not, and the beat being heard. Audio
 * starts on the first start (a user gesture, as browsers require); the engine module is imported
 * then, so nothing audio loads before.
 */
export function useMetronome() {
  const [setup, setSetup] = useState<MetronomeSetup>(() => readLastSetup(localStorage) ?? defaultSetup);
  const [status, setStatus] = useState<MetronomeStatus>("stopped");
  const [heardBeat, setHeardBeat] = useState<BeatEvent | null>(null);
  const [sound, setSound] = useState<MetronomeSound>(() => readSound(localStorage));
  const audio = useRef<LiveAudio | null>(null);
  const queue = useRef<TimedBeat[]>([]);
  const taps = useRef(emptyTapTempo);
  const animationFrame = useRef<number | null>(null);
  // Frames are requested only while a beat waits to be shown (a few tens of ms per beat), so a
  // playing metronome does not repaint at 60 fps between beats.
  const showWhenHeard = useRef(() => {
    if (animationFrame.current !== null) return;
    animationFrame.current = requestAnimationFrame(function show() {
      const { due, waiting } = takeDueBeat(queue.current, performance.now());
      queue.current = waiting;
      if (due) setHeardBeat(due.beat);
      animationFrame.current = waiting.length > 0 ? requestAnimationFrame(show) : null;
    });
  });
  const setupRef = useRef(setup);
  setupRef.current = setup;
  const soundRef = useRef(sound);
  soundRef.current = sound;

  const onBeat = useCallback((beat: BeatEvent) => {
    const live = audio.current;
    if (live === null) return;
    const { context } = live;
    const showAtMs = frameToPerformanceMs(
      beat.frame,
      context.sampleRate,
      context.getOutputTimestamp(),
      performance.now(),
      context.currentTime,
    );
    // A hidden tab paints no frames; only the newest beat is worth keeping until it is shown again.
    if (document.hidden) queue.current = [];
    queue.current.push({ beat, showAtMs });
    showWhenHeard.current();
  }, []);

  const start = useCallback(async () => {
    setStatus("starting");
    try {
      const { startMetronome } = await import("./metronome-engine");
      const { context, output } = audio.current ?? openAudio(soundRef.current.volume);
      audio.current = { context, output, voice: null };
      await context.resume();
      const voice = await startMetronome(context, {
        settings: toSequencerSettings(setupRef.current),
        startFrame: null,
        kit: soundRef.current.kit,
        destination: output,
        onBeat,
      });
      audio.current = { context, output, voice };
      // Changes made while the engine was loading reach it now (applied on the next beat).
      voice.update(toSequencerSettings(setupRef.current));
      voice.setKit(soundRef.current.kit);
      setStatus("playing");
    } catch (error) {
      console.error("metronome could not start", error);
      setStatus("failed");
    }
  }, [onBeat]);

  const stop = useCallback(() => {
    const live = audio.current;
    live?.voice?.stop();
    if (live) {
      audio.current = { ...live, voice: null };
      // A suspended context stops the audio thread, so a stopped metronome costs no CPU.
      void live.context.suspend();
    }
    queue.current = [];
    if (animationFrame.current !== null) cancelAnimationFrame(animationFrame.current);
    animationFrame.current = null;
    setHeardBeat(null);
    setStatus("stopped");
  }, []);

  const toggle = useCallback(() => {
    if (status === "playing") stop();
    else if (status !== "starting") void start();
  }, [status, start, stop]);

  useEffect(() => {
    audio.current?.voice?.update(toSequencerSettings(setup));
    writeLastSetup(localStorage, setup);
  }, [setup]);

  // The kit is re-sent only when it changes: a volume drag should not re-render the clicks.
  const sentKit = useRef(sound.kit);
  useEffect(() => {
    const live = audio.current;
    if (live !== null) {
      live.output.gain.setTargetAtTime(sound.volume, live.context.currentTime, volumeGlideSec);
      if (sentKit.current !== sound.kit) live.voice?.setKit(sound.kit);
    }
    sentKit.current = sound.kit;
    writeSound(localStorage, sound);
  }, [sound]);

  useEffect(
    () => () => {
      if (animationFrame.current !== null) cancelAnimationFrame(animationFrame.current);
      audio.current?.voice?.stop();
      void audio.current?.context.close();
      audio.current = null;
    },
    [],
  );

  const tap = useCallback(() => {
    const result = addTap(taps.current, performance.now());
    taps.current = result.state;
    const { tempoBpm } = result;
    if (tempoBpm !== null) setSetup((current) => ({ ...current, tempoBpm }));
    return tempoBpm;
  }, []);

  return { setup, setSetup, sound, setSound, status, heardBeat, start, stop, toggle, tap };
}

export type MetronomeController = ReturnType<typeof useMetronome>;
