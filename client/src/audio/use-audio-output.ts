import { useCallback, useEffect, useRef } from "react";

/**
 * This page's AudioContext, made on first use (browsers allow sound only after a gesture, which
 * every caller is), resumed if the browser suspended it, and closed when the page goes. Tools that
 * sound only while asked (the circle of fifths, the drone) share it instead of each making one.
 */
export function useAudioOutput(): () => Promise<AudioContext> {
  const context = useRef<AudioContext | null>(null);
  useEffect(
    () => () => {
      void context.current?.close();
      context.current = null;
    },
    [],
  );
  return useCallback(async () => {
    const current = context.current ?? new AudioContext({ latencyHint: "interactive" });
    context.current = current;
    if (current.state !== "running") await current.resume();
    return current;
  }, []);
}
