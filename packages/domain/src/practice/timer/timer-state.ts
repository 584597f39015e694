/**
 * The practice timer as a state machine over timestamps: idle → running ⇄ paused → stopped.
 * Nothing counts ticks. Each run is a segment with a start and (once paused or stopped) an end, so
 * elapsed time is a sum of differences, right after a reload, a background tab or a phone asleep
 * for an hour. The state is plain JSON to keep in local storage; a transition that does not apply
 * (pausing a paused timer, a double tap) returns the state unchanged.
 */

/** One uninterrupted run of the timer; `endMs` is absent while it runs. */
export interface TimerSegment {
  startMs: number;
  endMs?: number;
}

export type TimerState =
  | { status: "idle" }
  | { status: "running" | "paused" | "stopped"; startedAtMs: number; segments: TimerSegment[] };

/**
 * A timer that has not started.
 *
 * @example
 * const timer = createIdleTimer(); // { status: "idle" }
 */
export function createIdleTimer(): TimerState {
  return { status: "idle" };
}

/**
 * Starts an idle (or stopped) timer afresh at `nowMs`.
 *
 * @example
 * startTimer(createIdleTimer(), Date.now()).status; // "running"
 */
export function startTimer(state: TimerState, nowMs: number): TimerState {
  if (state.status === "running" || state.status === "paused") return state;
  return { status: "running", startedAtMs: nowMs, segments: [{ startMs: nowMs }] };
}

/**
 * Pauses a running timer, closing its open segment at `nowMs`.
 *
 * @example
 * pauseTimer(running, Date.now()).status; // "paused"
 */
export function pauseTimer(state: TimerState, nowMs: number): TimerState {
  if (state.status !== "running") return state;
  return { ...state, status: "paused", segments: closeSegments(state.segments, nowMs) };
}

/**
 * Resumes a paused timer with a new segment from `nowMs`.
 *
 * @example
 * resumeTimer(paused, Date.now()).status; // "running"
 */
export function resumeTimer(state: TimerState, nowMs: number): TimerState {
  if (state.status !== "paused") return state;
  return { ...state, status: "running", segments: [...state.segments, { startMs: nowMs }] };
}

/**
 * Stops a running or paused timer; its segments are then final.
 *
 * @example
 * stopTimer(running, Date.now()).status; // "stopped"
 */
export function stopTimer(state: TimerState, nowMs: number): TimerState {
  if (state.status !== "running" && state.status !== "paused") return state;
  return { ...state, status: "stopped", segments: closeSegments(state.segments, nowMs) };
}

/** Closes the open segment. A clock that went backwards yields an empty segment, never a negative one. */
function closeSegments(segments: readonly TimerSegment[], nowMs: number): TimerSegment[] {
  return segments.map((segment) =>
    segment.endMs === undefined
      ? { startMs: segment.startMs, endMs: Math.max(segment.startMs, nowMs) }
      : segment,
  );
}

/**
 * Practised time in ms: the sum of the segments, the open one measured up to `nowMs`.
 *
 * @example
 * getElapsedMs(startTimer(createIdleTimer(), 0), 90_500); // 90_500
 */
export function getElapsedMs(state: TimerState, nowMs: number): number {
  if (state.status === "idle") return 0;
  let elapsedMs = 0;
  for (const segment of state.segments) {
    elapsedMs += Math.max(0, (segment.endMs ?? nowMs) - segment.startMs);
  }
  return elapsedMs;
}

/**
 * Practised time in whole seconds (what the stopwatch shows and the entry records).
 *
 * @example
 * getElapsedSec(startTimer(createIdleTimer(), 0), 90_500); // 90
 */
export function getElapsedSec(state: TimerState, nowMs: number): number {
  return Math.floor(getElapsedMs(state, nowMs) / 1000);
}

/**
 * Time spent paused since the start, in whole seconds.
 *
 * @example
 * getPausedSec(pauseTimer(startTimer(createIdleTimer(), 0), 60_000), 120_000); // 60
 */
export function getPausedSec(state: TimerState, nowMs: number): number {
  if (state.status === "idle") return 0;
  const spanEndMs = state.status === "stopped" ? (state.segments.at(-1)?.endMs ?? nowMs) : nowMs;
  const spanMs = spanEndMs - state.startedAtMs;
  return Math.max(0, Math.floor((spanMs - getElapsedMs(state, nowMs)) / 1000));
}
