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
import { parseTimerPlanLink, type TimerPlanLink } from "./timer-plan-link";

export const timerStorageKey = "mirubato.timer.v1";
export const reminderChoicesMinutes = [0, 5, 10, 15, 20, 30, 45, 60] as const;

export interface TimerSnapshot {
  readonly state: TimerState;
  /** 0 = no reminder. */
  readonly reminderMinutes: number;
  /** Set when the session was started from a plan occurrence (see timer-plan-link.ts). */
  readonly plan?: TimerPlanLink;
}

export interface TimerStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => TimerSnapshot;
  readonly start: () => void;
  /** Starts afresh for a plan occurrence; the saved entry links back to it. */
  readonly startForPlan: (plan: TimerPlanLink) => void;
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
  const plan = parseTimerPlanLink(Reflect.get(value, "plan"));
  return plan === undefined ? { state, reminderMinutes } : { state, reminderMinutes, plan };
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
    const isSame =
      next.state === snapshot.state &&
      next.reminderMinutes === snapshot.reminderMinutes &&
      next.plan === snapshot.plan;
    if (isSame) return;
    snapshot = next;
    deps.storage.setItem(timerStorageKey, JSON.stringify(next));
    emit();
  };
  const withoutPlan = ({ state, reminderMinutes }: TimerSnapshot): TimerSnapshot => ({
    state,
    reminderMinutes,
  });
  /** `isFresh`: a transition that begins or discards a session, which then is no plan's any more. */
  const transition =
    (change: (state: TimerState, nowMs: number) => TimerState, isFresh = false) =>
    () => {
      // Re-read first: another tab may have paused or stopped the timer since this one last looked.
      snapshot = readTimerSnapshot(deps.storage.getItem(timerStorageKey));
      const state = change(snapshot.state, deps.now());
      const isChanged = state !== snapshot.state;
      write({ ...(isFresh && isChanged ? withoutPlan(snapshot) : snapshot), state });
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
    start: transition(startTimer, true),
    startForPlan(plan) {
      snapshot = readTimerSnapshot(deps.storage.getItem(timerStorageKey));
      const state = startTimer(snapshot.state, deps.now());
      // A session already running keeps going; it becomes the plan's practice from here on.
      write({ ...snapshot, state, plan });
    },
    pause: transition(pauseTimer),
    resume: transition(resumeTimer),
    stop: transition(stopTimer),
    reset: transition(() => createIdleTimer(), true),
    setReminderMinutes: (minutes) =>
      write({ ...snapshot, reminderMinutes: Math.max(0, Math.floor(minutes)) }),
  };
}
