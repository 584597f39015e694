/**
 * The practice timer's state kept in local storage as JSON, so a reload, another tab or a phone
 * waking from sleep sees the same timer. Elapsed time is never stored: it is computed from the
 * segments' timestamps (domain `timer-state`). Tabs follow each other through `storage` events.
 */
import {
  createIdleTimer,
  parseTimerState,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  type TimerState,
} from "@mirubato/domain";

export const timerStorageKey = "mirubato.timer.v1";
export const reminderChoicesMinutes = [0, 5, 10, 15, 20, 30, 45, 60] as const;

export interface TimerSnapshot {
  readonly state: TimerState;
  /** 0 = no reminder. */
  readonly reminderMinutes: number;
}

export interface TimerStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => TimerSnapshot;
  readonly start: () => void;
  readonly pause: () => void;
  readonly resume: () => void;
  readonly stop: () => void;
  /** Back to idle, after the stopped session was saved or discarded. */
  readonly reset: () => void;
  readonly setReminderMinutes: (minutes: number) => void;
}

export interface TimerStoreDeps {
  readonly storage: Pick<Storage, "getItem" | "setItem">;
  readonly now: () => number;
  /** Subscribes to other tabs' writes; returns the unsubscribe. */
  readonly onExternalChange?: (listener: (key: string | null) => void) => () => void;
}

/**
 * Reads a stored snapshot; damaged or foreign JSON gives an idle timer rather than an error.
 *
 * @example
 * readTimerSnapshot(null); // { state: { status: "idle" }, reminderMinutes: 0 }
 */
export function readTimerSnapshot(raw: string | null): TimerSnapshot {
  const idle: TimerSnapshot = { state: createIdleTimer(), reminderMinutes: 0 };
  if (raw === null) return idle;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    // Another version or a hand edit left something unreadable: starting idle is the safe answer.
    return idle;
  }
  if (typeof value !== "object" || value === null) return idle;
  const state = parseTimerState(Reflect.get(value, "state")) ?? createIdleTimer();
  const minutes: unknown = Reflect.get(value, "reminderMinutes");
  const reminderMinutes =
    typeof minutes === "number" && reminderChoicesMinutes.some((m) => m === minutes) ? minutes : 0;
  return { state, reminderMinutes };
}

/**
 * @example
 * const timer = createTimerStore({ storage: localStorage, now: Date.now });
 * timer.start();
 */
export function createTimerStore(deps: TimerStoreDeps): TimerStore {
  let snapshot = readTimerSnapshot(deps.storage.getItem(timerStorageKey));
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const write = (next: TimerSnapshot) => {
    if (next.state === snapshot.state && next.reminderMinutes === snapshot.reminderMinutes) return;
    snapshot = next;
    deps.storage.setItem(timerStorageKey, JSON.stringify(next));
    emit();
  };
  const transition = (change: (state: TimerState, nowMs: number) => TimerState) => () => {
    // Re-read first: another tab may have paused or stopped the timer since this one last looked.
    snapshot = readTimerSnapshot(deps.storage.getItem(timerStorageKey));
    write({ ...snapshot, state: change(snapshot.state, deps.now()) });
  };
  let unsubscribeExternal: (() => void) | undefined;
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && deps.onExternalChange !== undefined) {
        unsubscribeExternal = deps.onExternalChange((key) => {
          if (key !== null && key !== timerStorageKey) return;
          snapshot = readTimerSnapshot(deps.storage.getItem(timerStorageKey));
          emit();
        });
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unsubscribeExternal?.();
      };
    },
    getSnapshot: () => snapshot,
    start: transition(startTimer),
    pause: transition(pauseTimer),
    resume: transition(resumeTimer),
    stop: transition(stopTimer),
    reset: transition(() => createIdleTimer()),
    setReminderMinutes: (minutes) =>
      write({ ...snapshot, reminderMinutes: Math.max(0, Math.floor(minutes)) }),
  };
}
