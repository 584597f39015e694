import { clampTempoBpm } from "./meter";

/** Taps further apart than this start a new count: the musician paused. */
export const tapResetMs = 2000;
/** How many recent intervals the tempo is averaged over. */
export const tapWindow = 4;

export interface TapTempoState {
  tapTimesMs: readonly number[];
}

export const emptyTapTempo: TapTempoState = { tapTimesMs: [] };

/**
 * Adds a tap; the tempo is the average of the last {@link tapWindow} intervals, or null until two
 * taps have been made. A pause longer than {@link tapResetMs} (or a clock going back) starts over.
 *
 * @example
 * const first = addTap(emptyTapTempo, 0);
 * addTap(first.state, 500).tempoBpm; // 120
 */
export function addTap(
  state: TapTempoState,
  nowMs: number,
): { state: TapTempoState; tempoBpm: number | null } {
  const last = state.tapTimesMs.at(-1);
  const isContinuing = last !== undefined && nowMs > last && nowMs - last <= tapResetMs;
  const tapTimesMs = isContinuing ? [...state.tapTimesMs, nowMs].slice(-(tapWindow + 1)) : [nowMs];
  const first = tapTimesMs[0];
  if (tapTimesMs.length < 2 || first === undefined) return { state: { tapTimesMs }, tempoBpm: null };
  const averageMs = (nowMs - first) / (tapTimesMs.length - 1);
  return { state: { tapTimesMs }, tempoBpm: clampTempoBpm(60_000 / averageMs) };
}
