import { getElapsedSec, type TimerState } from "@mirubato/domain";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useTimerStore } from "./timer-context";
import type { TimerPlanLink } from "./timer-plan-link";
import type { TimerStore } from "./timer-store";

export interface TimerView {
  readonly state: TimerState;
  readonly elapsedSec: number;
  readonly reminderMinutes: number;
  /** The plan occurrence this session was started from, if any. */
  readonly plan: TimerPlanLink | undefined;
  readonly actions: Omit<TimerStore, "subscribe" | "getSnapshot">;
}

/**
 * The practice timer and its elapsed time, re-rendered every second while it runs. The tick only
 * triggers a render; the value always comes from the timestamps.
 */
export function useTimer(): TimerView {
  const store = useTimerStore();
  const { state, reminderMinutes, plan } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getSnapshot,
  );
  const nowMs = useNowWhile(state.status === "running");
  return { state, elapsedSec: getElapsedSec(state, nowMs), reminderMinutes, plan, actions: store };
}

function useNowWhile(isTicking: boolean): number {
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    setNowMs(Date.now());
    if (!isTicking) return;
    const interval = window.setInterval(() => setNowMs(Date.now()), 1000);
    // A tab coming back from the background renders the right time at once.
    const onVisible = () => setNowMs(Date.now());
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [isTicking]);
  return nowMs;
}
