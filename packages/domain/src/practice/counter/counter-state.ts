/**
 * A repetition counter's round on a passage as a pure value: every attempt with its time, so the
 * streak, totals, undo and the logbook entry's duration all derive from one list and cannot
 * disagree. The target is a streak ("five in a row") or a number of clean play-throughs in all.
 */

export type CounterTarget =
  | { readonly kind: "streak"; readonly count: number }
  | { readonly kind: "total"; readonly count: number };

export interface CounterAttempt {
  readonly isCorrect: boolean;
  readonly atMs: number;
}

export interface CounterState {
  readonly target: CounterTarget;
  /** When on, a miss sets the streak back to zero; when off, a miss only pauses it. */
  readonly doesMissResetStreak: boolean;
  readonly attempts: readonly CounterAttempt[];
}

export interface CounterSummary {
  readonly correct: number;
  readonly total: number;
  readonly streak: number;
  readonly bestStreak: number;
  readonly isDone: boolean;
}

export function createCounter(target: CounterTarget, doesMissResetStreak = true): CounterState {
  return { target, doesMissResetStreak, attempts: [] };
}

/** Records an attempt; ignored once the target is reached. */
export function recordAttempt(state: CounterState, isCorrect: boolean, atMs: number): CounterState {
  if (summarise(state).isDone) return state;
  return { ...state, attempts: [...state.attempts, { isCorrect, atMs }] };
}

/** Takes back the last attempt. */
export function undoAttempt(state: CounterState): CounterState {
  return { ...state, attempts: state.attempts.slice(0, -1) };
}

/** The same target and rule with no attempts: the next round on the passage. */
export function restartCounter(state: CounterState): CounterState {
  return { ...state, attempts: [] };
}

export function summarise(state: CounterState): CounterSummary {
  let streak = 0;
  let bestStreak = 0;
  let correct = 0;
  for (const attempt of state.attempts) {
    if (attempt.isCorrect) {
      correct++;
      streak++;
      bestStreak = Math.max(bestStreak, streak);
    } else if (state.doesMissResetStreak) {
      streak = 0;
    }
  }
  const total = state.attempts.length;
  const reached = state.target.kind === "streak" ? streak : correct;
  return { correct, total, streak, bestStreak, isDone: reached >= state.target.count };
}

/**
 * The practised time for the logbook entry, in seconds: from the first attempt to the last, plus
 * one average attempt, since the first play-through began before it was marked. 0 with fewer than
 * two attempts (nothing to measure an attempt by).
 *
 * @example
 * durationSec(threeAttemptsThirtySecondsApart); // 90
 */
export function durationSec(state: CounterState): number {
  const first = state.attempts[0];
  const last = state.attempts.at(-1);
  if (first === undefined || last === undefined || state.attempts.length < 2) return 0;
  const spanMs = last.atMs - first.atMs;
  return Math.round((spanMs + spanMs / (state.attempts.length - 1)) / 1000);
}
