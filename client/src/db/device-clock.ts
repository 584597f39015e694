/**
 * This browser's hybrid logical clock. The device id is made once and kept in localStorage; the
 * clock state is saved after every tick so stamps never go backwards across reloads. Tabs of one
 * profile share both: before each tick the clock adopts the saved state if another tab moved it
 * further, so two tabs never issue the same stamp for different writes (localStorage is shared
 * synchronously between same-origin tabs).
 */
import { createDeviceId, createHlcClock, type Hlc, type HlcClock } from "@mirubato/domain";
import { deviceIdPattern } from "@mirubato/schema";
import { z } from "zod";

export type KeyValueStore = Pick<Storage, "getItem" | "setItem">;

export const deviceIdKey = "mirubato.deviceId";
export const clockStateKey = "mirubato.hlc";

const deviceIdSchema = z.string().regex(deviceIdPattern);
const savedStateSchema = z.strictObject({ wallMs: z.int().min(0), counter: z.int().min(0).max(0xffff) });

function readJson(store: KeyValueStore, key: string): unknown {
  const text = store.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // A corrupt entry is treated as absent: the clock restarts from wall time, which only moves forward.
    return undefined;
  }
}

function isAhead(a: Pick<Hlc, "wallMs" | "counter">, b: Pick<Hlc, "wallMs" | "counter">): boolean {
  return a.wallMs > b.wallMs || (a.wallMs === b.wallMs && a.counter > b.counter);
}

/** Reads this browser's device id, creating and saving one on first use. */
export function loadDeviceId(store: KeyValueStore): string {
  const saved = deviceIdSchema.safeParse(store.getItem(deviceIdKey));
  if (saved.success) return saved.data;
  const deviceId = createDeviceId();
  store.setItem(deviceIdKey, deviceId);
  return deviceId;
}

/**
 * Creates the device clock every local write is stamped with.
 *
 * @example
 * const clock = createDeviceClock(window.localStorage);
 * stampChange(piece, { notes: "slower" }, clock);
 */
export function createDeviceClock(store: KeyValueStore, now: () => number = Date.now): HlcClock {
  const deviceId = loadDeviceId(store);
  const readSaved = () => {
    const parsed = savedStateSchema.safeParse(readJson(store, clockStateKey));
    return parsed.success ? parsed.data : undefined;
  };
  let inner = createHlcClock({ deviceId, now, ...withState(readSaved(), deviceId) });
  const save = () => {
    const { wallMs, counter } = inner.snapshot();
    store.setItem(clockStateKey, JSON.stringify({ wallMs, counter }));
  };
  const catchUp = () => {
    const saved = readSaved();
    if (saved !== undefined && isAhead(saved, inner.snapshot())) {
      inner = createHlcClock({ deviceId, now, state: { ...saved, deviceId } });
    }
  };
  return {
    deviceId,
    now,
    next() {
      catchUp();
      const stamp = inner.next();
      save();
      return stamp;
    },
    observe(stamp) {
      catchUp();
      inner.observe(stamp);
      save();
    },
    snapshot: () => inner.snapshot(),
  };
}

function withState(saved: { wallMs: number; counter: number } | undefined, deviceId: string) {
  return saved === undefined ? {} : { state: { ...saved, deviceId } };
}
