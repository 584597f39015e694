import { getElapsedSec } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { createTimerStore, readTimerSnapshot, timerStorageKey } from "./timer-store";

function createMemoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe("timer store", () => {
  test("start, pause, resume and stop measure practised time from timestamps", () => {
    let nowMs = 1_000_000;
    const storage = createMemoryStorage();
    const timer = createTimerStore({ storage, now: () => nowMs });
    timer.start();
    nowMs += 60_000;
    timer.pause();
    nowMs += 600_000;
    timer.resume();
    nowMs += 30_000;
    timer.stop();
    const { state } = timer.getSnapshot();
    expect(state.status).toBe("stopped");
    expect(getElapsedSec(state, nowMs + 999_999)).toBe(90);
  });

  test("survives a reload: a new store reads the running timer back", () => {
    let nowMs = 5_000;
    const storage = createMemoryStorage();
    createTimerStore({ storage, now: () => nowMs }).start();
    nowMs += 3_600_000;
    const reloaded = createTimerStore({ storage, now: () => nowMs });
    expect(reloaded.getSnapshot().state.status).toBe("running");
    expect(getElapsedSec(reloaded.getSnapshot().state, nowMs)).toBe(3600);
  });

  test("follows another tab's change through the external-change listener", () => {
    const storage = createMemoryStorage();
    let notify: (key: string | null) => void = () => {};
    const tabA = createTimerStore({
      storage,
      now: () => 0,
      onExternalChange: (listener) => {
        notify = listener;
        return () => {};
      },
    });
    const tabB = createTimerStore({ storage, now: () => 10 });
    let renders = 0;
    tabA.subscribe(() => renders++);
    tabB.start();
    notify(timerStorageKey);
    expect(tabA.getSnapshot().state.status).toBe("running");
    expect(renders).toBe(1);
  });

  test("a transition applies to the latest stored state, not a stale copy", () => {
    const storage = createMemoryStorage();
    const tabA = createTimerStore({ storage, now: () => 0 });
    const tabB = createTimerStore({ storage, now: () => 0 });
    tabA.start();
    tabB.stop();
    expect(tabB.getSnapshot().state.status).toBe("stopped");
  });

  test("damaged storage reads as an idle timer", () => {
    expect(readTimerSnapshot("{not json").state.status).toBe("idle");
    expect(readTimerSnapshot(JSON.stringify({ state: { status: "running" } })).state.status).toBe("idle");
    expect(
      readTimerSnapshot(JSON.stringify({ state: { status: "idle" }, reminderMinutes: 7 })).reminderMinutes,
    ).toBe(0);
  });

  test("keeps the reminder interval", () => {
    const storage = createMemoryStorage();
    createTimerStore({ storage, now: () => 0 }).setReminderMinutes(15);
    expect(readTimerSnapshot(storage.getItem(timerStorageKey)).reminderMinutes).toBe(15);
  });
});

describe("timer started from a plan occurrence", () => {
  const plan = {
    planOccurrenceId: "01955b3a-6c00-7000-8000-000000000040",
    planTitle: "Warm-up",
    pieceIds: ["01955b3a-6c00-7000-8000-000000000010"],
    techniques: ["scales"],
  };

  test("keeps the occurrence link through pause, stop and a reload, until reset", () => {
    let nowMs = 1_000;
    const storage = createMemoryStorage();
    const timer = createTimerStore({ storage, now: () => nowMs });
    timer.startForPlan(plan);
    nowMs += 60_000;
    timer.pause();
    timer.resume();
    timer.stop();
    const reloaded = createTimerStore({ storage, now: () => nowMs });
    expect(reloaded.getSnapshot().plan).toEqual(plan);
    reloaded.reset();
    expect(reloaded.getSnapshot().plan).toBeUndefined();
  });

  test("a plain start after a plan session begins a session that is no longer the plan's", () => {
    const storage = createMemoryStorage();
    const timer = createTimerStore({ storage, now: () => 1_000 });
    timer.startForPlan(plan);
    timer.start(); // already running: nothing changes, the link stays
    expect(timer.getSnapshot().plan).toEqual(plan);
    timer.stop();
    timer.start();
    expect(timer.getSnapshot().plan).toBeUndefined();
  });

  test("a damaged stored link reads as no link", () => {
    const raw = JSON.stringify({
      state: { status: "idle" },
      reminderMinutes: 0,
      plan: { planOccurrenceId: "x" },
    });
    expect(readTimerSnapshot(raw).plan).toBeUndefined();
  });
});
