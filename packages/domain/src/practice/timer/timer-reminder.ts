import { getElapsedMs, type TimerState } from "./timer-state";

/**
 * When the next "you have practised N more minutes" reminder is due: each whole multiple of
 * `intervalMinutes` of practised time (pauses do not count). Computed from the elapsed time, so a
 * phone woken after an hour asleep gets the next reminder, not a burst of missed ones. Undefined
 * when the timer is not running or reminders are off (`intervalMinutes` ≤ 0).
 *
 * @example
 * getNextReminderAtMs(startTimer(createIdleTimer(), 0), 60_000, 10); // 600_000
 */
export function getNextReminderAtMs(
  state: TimerState,
  nowMs: number,
  intervalMinutes: number,
): number | undefined {
  if (state.status !== "running" || intervalMinutes <= 0) return undefined;
  const intervalMs = intervalMinutes * 60_000;
  const elapsedMs = getElapsedMs(state, nowMs);
  const nextElapsedMs = (Math.floor(elapsedMs / intervalMs) + 1) * intervalMs;
  return nowMs + (nextElapsedMs - elapsedMs);
}
