import { describe, expect, test } from "vitest";
import { createToastStore, type ToastTimers } from "./toast-store";

function createFakeTimers() {
  const pending = new Map<number, { callback: () => void; atMs: number }>();
  let nowMs = 0;
  let nextHandle = 1;
  const timers: ToastTimers = {
    setTimeout: (callback, delayMs) => {
      const handle = nextHandle++;
      pending.set(handle, { callback, atMs: nowMs + delayMs });
      return handle;
    },
    clearTimeout: (handle) => {
      if (typeof handle === "number") pending.delete(handle);
    },
  };
  const advance = (ms: number) => {
    nowMs += ms;
    for (const [handle, timer] of [...pending]) {
      if (timer.atMs <= nowMs) {
        pending.delete(handle);
        timer.callback();
      }
    }
  };
  return { timers, advance };
}

describe("toast store", () => {
  test("shows a toast and hides it after its duration", () => {
    const { timers, advance } = createFakeTimers();
    const store = createToastStore(timers);
    store.show({ message: "Saved" });
    expect(store.getSnapshot().map((toast) => toast.message)).toEqual(["Saved"]);
    advance(4999);
    expect(store.getSnapshot()).toHaveLength(1);
    advance(1);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  test("keeps a toast with an action longer", () => {
    const { timers, advance } = createFakeTimers();
    const store = createToastStore(timers);
    store.show({ message: "Entry deleted", action: { label: "Undo", onAction: () => {} } });
    advance(6000);
    expect(store.getSnapshot()).toHaveLength(1);
    advance(2000);
    expect(store.getSnapshot()).toHaveLength(0);
  });

  test("dismisses by id and notifies subscribers", () => {
    const { timers } = createFakeTimers();
    const store = createToastStore(timers);
    let notified = 0;
    store.subscribe(() => notified++);
    const id = store.show({ message: "A" });
    store.dismiss(id);
    expect(store.getSnapshot()).toEqual([]);
    expect(notified).toBe(2);
  });

  test("shows at most three toasts, dropping the oldest", () => {
    const { timers } = createFakeTimers();
    const store = createToastStore(timers);
    for (const message of ["1", "2", "3", "4"]) store.show({ message });
    expect(store.getSnapshot().map((toast) => toast.message)).toEqual(["2", "3", "4"]);
  });
});
