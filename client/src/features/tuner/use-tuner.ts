import { type NearestNote, nearestNote } from "@mirubato/domain";
import { useCallback, useEffect, useRef, useState } from "react";
import { readReferenceA, writeReferenceA } from "../../audio/reference-a-storage";
import { detectPitch } from "./pitch-detection";

export type TunerStatus = "idle" | "starting" | "listening" | "denied" | "failed";

export type TunerReading = NearestNote & { frequency: number };

type Session = { context: AudioContext; stream: MediaStream; timer: number };

/** A reading stays on screen this long after the sound stops, so the needle does not flicker. */
const holdMs = 1200;
const intervalMs = 60;

/** The microphone, analysed every 60 ms: the nearest note and cents off against the reference A. */
export function useTuner() {
  const [status, setStatus] = useState<TunerStatus>("idle");
  const [reading, setReading] = useState<TunerReading | undefined>(undefined);
  const [referenceA, setReferenceAState] = useState(() => readReferenceA(localStorage));
  const referenceRef = useRef(referenceA);
  const session = useRef<Session | undefined>(undefined);

  const stop = useCallback(() => {
    const current = session.current;
    session.current = undefined;
    if (current === undefined) return;
    window.clearInterval(current.timer);
    for (const track of current.stream.getTracks()) track.stop();
    void current.context.close();
    setStatus("idle");
    setReading(undefined);
  }, []);

  const start = useCallback(async () => {
    if (session.current !== undefined) return;
    setStatus("starting");
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false },
      });
    } catch (error) {
      const isDenied =
        error instanceof DOMException && (error.name === "NotAllowedError" || error.name === "SecurityError");
      setStatus(isDenied ? "denied" : "failed");
      return;
    }
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 4096;
    context.createMediaStreamSource(stream).connect(analyser);
    const buffer = new Float32Array(analyser.fftSize);
    let lastHeard = 0;
    const timer = window.setInterval(() => {
      analyser.getFloatTimeDomainData(buffer);
      const pitch = detectPitch(buffer, { sampleRate: context.sampleRate });
      const now = performance.now();
      if (pitch !== undefined) {
        lastHeard = now;
        setReading({ ...nearestNote(pitch.frequency, referenceRef.current), frequency: pitch.frequency });
      } else if (now - lastHeard > holdMs) {
        setReading(undefined);
      }
    }, intervalMs);
    session.current = { context, stream, timer };
    setStatus("listening");
  }, []);

  const setReferenceA = useCallback((value: number) => {
    referenceRef.current = value;
    setReferenceAState(value);
    writeReferenceA(localStorage, value);
  }, []);

  useEffect(() => stop, [stop]);

  return { status, reading, referenceA, setReferenceA, start, stop };
}
