import type { BeatEvent } from "./metronome-messages";

/**
 * Beats waiting to be shown. The processor reports a beat when it renders it, a little before it is
 * heard; each beat is shown when the clock reaches the moment its frame leaves the speakers
 * (from `AudioContext.getOutputTimestamp`), so the indicator follows the sound, not a timer.
 */
export interface TimedBeat {
  beat: BeatEvent;
  showAtMs: number;
}

/**
 * The latest beat due at `nowMs` and the beats still waiting. Older due beats are skipped (after a
 * hidden tab comes back, only the current beat matters).
 *
 * @example
 * const { due, waiting } = takeDueBeat(queue, performance.now());
 */
export function takeDueBeat(
  queue: readonly TimedBeat[],
  nowMs: number,
): { due: TimedBeat | undefined; waiting: TimedBeat[] } {
  let due: TimedBeat | undefined;
  const waiting: TimedBeat[] = [];
  for (const timed of queue) {
    if (timed.showAtMs <= nowMs) due = timed;
    else waiting.push(timed);
  }
  return { due, waiting };
}

/** When a frame is heard, in `performance.now()` time, from the context's latest output timestamp. */
export function frameToPerformanceMs(
  frame: number,
  sampleRate: number,
  timestamp: { contextTime?: number; performanceTime?: number },
  fallbackNowMs: number,
  currentTime: number,
): number {
  // Before the first output the timestamp is all zeros (or missing): then the context's clock and
  // now are the best estimate, off only by the output latency.
  const isKnown = timestamp.performanceTime !== undefined && timestamp.performanceTime > 0;
  const contextTime = isKnown ? (timestamp.contextTime ?? currentTime) : currentTime;
  const performanceTime = isKnown ? (timestamp.performanceTime ?? fallbackNowMs) : fallbackNowMs;
  return performanceTime + (frame / sampleRate - contextTime) * 1000;
}
