import { formatHlc, type Hlc, parseHlc, receive, tick } from "./hlc";

/**
 * A device's running clock: the one place that holds HLC state. Create one per device, persist
 * `snapshot()` (e.g. in localStorage) and pass it back as `state` on the next start so stamps
 * never go backwards across reloads.
 */
export interface HlcClock {
  readonly deviceId: string;
  /** Physical time in ms, as this device sees it (injected for tests). */
  now(): number;
  /** Ticks for a local event and returns the encoded stamp. */
  next(): string;
  /** Moves the clock past a stamp seen from elsewhere; ignores malformed stamps. */
  observe(stamp: string): void;
  snapshot(): Hlc;
}

export interface HlcClockOptions {
  readonly deviceId: string;
  readonly now?: () => number;
  readonly state?: Hlc;
}

/**
 * Creates a device clock.
 *
 * @example
 * const clock = createHlcClock({ deviceId: "a1b2c3d4e5f60718" });
 * clock.next() < clock.next(); // true
 */
export function createHlcClock(options: HlcClockOptions): HlcClock {
  const now = options.now ?? (() => Date.now());
  let state: Hlc = {
    wallMs: options.state?.wallMs ?? 0,
    counter: options.state?.counter ?? 0,
    deviceId: options.deviceId,
  };
  // Fails fast on a bad device id or a corrupt persisted state rather than on the first edit.
  formatHlc(state);
  return {
    deviceId: options.deviceId,
    now,
    next() {
      state = tick(state, now());
      return formatHlc(state);
    },
    observe(stamp) {
      const remote = parseHlc(stamp);
      if (remote !== undefined) state = receive(state, remote, now());
    },
    snapshot: () => state,
  };
}

/**
 * A random 16-hex-digit device id, made once per installation.
 *
 * @example
 * createDeviceId(); // "9f3c0a7d51e2b864"
 */
export function createDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
