import { parseHlc } from "@mirubato/domain";
import { expect, test } from "vitest";
import { clockStateKey, createDeviceClock, deviceIdKey, type KeyValueStore } from "./device-clock";

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

test("creates a device id once and keeps it", () => {
  const store = memoryStore();
  const first = createDeviceClock(store).deviceId;
  expect(first).toMatch(/^[0-9a-f]{16}$/);
  expect(createDeviceClock(store).deviceId).toBe(first);
  expect(store.data.get(deviceIdKey)).toBe(first);
});

test("stamps never go backwards across a restart, even if the wall clock does", () => {
  const store = memoryStore();
  const before = createDeviceClock(store, () => 2_000_000).next();
  const after = createDeviceClock(store, () => 1_000_000).next();
  expect(after > before).toBe(true);
});

test("two tabs sharing storage never issue the same stamp", () => {
  const store = memoryStore();
  const tabA = createDeviceClock(store, () => 5_000);
  const tabB = createDeviceClock(store, () => 5_000);
  const stamps = [tabA.next(), tabB.next(), tabA.next(), tabB.next()];
  expect(new Set(stamps).size).toBe(4);
  expect([...stamps].sort()).toEqual(stamps);
});

test("a corrupt saved state or device id is replaced, not trusted", () => {
  const store = memoryStore({ [deviceIdKey]: "not a valid id!", [clockStateKey]: "{oops" });
  const clock = createDeviceClock(store, () => 10_000);
  expect(clock.deviceId).toMatch(/^[0-9a-f]{16}$/);
  expect(parseHlc(clock.next())?.wallMs).toBe(10_000);
});

test("observing a remote stamp moves the clock past it", () => {
  const remote = "2026-01-01T00:00:00.000Z-0005-remotedevice";
  const clock = createDeviceClock(memoryStore(), () => Date.parse("2026-01-01T00:00:00.000Z"));
  clock.observe(remote);
  expect(clock.next() > remote).toBe(true);
});
