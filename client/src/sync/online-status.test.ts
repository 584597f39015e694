import { expect, test } from "vitest";
import { createOnlineStatusStore } from "./online-status";

function setup(initiallyOnline: boolean) {
  const navigator = { onLine: initiallyOnline };
  const events = new EventTarget();
  const store = createOnlineStatusStore(navigator, events);
  const goOnline = (isOnline: boolean) => {
    navigator.onLine = isOnline;
    events.dispatchEvent(new Event(isOnline ? "online" : "offline"));
  };
  return { store, goOnline };
}

test("reports the current navigator.onLine value", () => {
  expect(setup(true).store.getSnapshot()).toBe(true);
  expect(setup(false).store.getSnapshot()).toBe(false);
});

test("notifies subscribers on offline and online events", () => {
  const { store, goOnline } = setup(true);
  const seen: boolean[] = [];
  store.subscribe(() => seen.push(store.getSnapshot()));
  goOnline(false);
  goOnline(true);
  expect(seen).toEqual([false, true]);
});

test("stops notifying after unsubscribe", () => {
  const { store, goOnline } = setup(true);
  let calls = 0;
  const unsubscribe = store.subscribe(() => {
    calls++;
  });
  unsubscribe();
  goOnline(false);
  expect(calls).toBe(0);
  expect(store.getSnapshot()).toBe(false);
});
