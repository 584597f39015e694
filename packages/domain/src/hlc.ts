/**
 * Hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014), as actualbudget's
 * `crdt/timestamp.ts` uses it. A stamp is (wall time in ms, counter, device id). Local events
 * `tick`: the wall part becomes max(previous wall, physical now) and the counter counts events
 * within one millisecond. On seeing another device's stamp we `receive` it: our clock moves past it,
 * so anything we write afterwards orders after what we saw, even if our own wall clock is behind.
 * Wall time keeps stamps close to real time; the counter keeps them strictly increasing when
 * physical time stalls or runs backwards; the device id makes stamps from two devices unique.
 *
 * Encoding: `2026-03-01T09:30:00.000Z-002A-deviceid`. The ISO time (fixed width for years
 * 0000–9999) and the 4-hex-digit counter are fixed width, so plain string comparison orders stamps
 * by (wall, counter) and then by device id, which breaks ties between devices.
 *
 * Drift: a remote stamp more than `maxClockDriftMs` (1 h) ahead of our physical clock is clamped to
 * now + 1 h when we receive it. Receiving never throws (refusing would stall sync for data that is
 * still valid), but one device with a clock set days ahead cannot drag every other device's clock
 * days ahead with it. Causality still holds where it matters: editing a field always produces a
 * stamp above that field's current stamp (see `stampChange`), however far ahead that stamp is.
 *
 * Counter overflow (65 536 events in one ms) borrows the next millisecond instead of throwing.
 */

import { clockStampPattern, deviceIdPattern } from "@mirubato/schema";

export interface Hlc {
  readonly wallMs: number;
  readonly counter: number;
  readonly deviceId: string;
}

export const maxClockDriftMs = 60 * 60 * 1000;
export const maxHlcCounter = 0xffff;
/** 9999-12-31T23:59:59.999Z: the last instant with a fixed-width ISO year. */
export const maxHlcWallMs = 253_402_300_799_999;

function clampWall(ms: number): number {
  return Math.min(Math.max(Math.floor(ms), 0), maxHlcWallMs);
}

function withCounter(wallMs: number, counter: number, deviceId: string): Hlc {
  if (counter > maxHlcCounter) return { wallMs: clampWall(wallMs + 1), counter: 0, deviceId };
  return { wallMs, counter, deviceId };
}

/**
 * Advances the clock for a local event.
 *
 * @example
 * tick({ wallMs: 1000, counter: 0, deviceId: "a" }, 999); // { wallMs: 1000, counter: 1, deviceId: "a" }
 */
export function tick(local: Hlc, nowMs: number): Hlc {
  const now = clampWall(nowMs);
  if (now > local.wallMs) return { wallMs: now, counter: 0, deviceId: local.deviceId };
  return withCounter(local.wallMs, local.counter + 1, local.deviceId);
}

/**
 * Advances the clock past a stamp seen from another device (clamped to now + 1 h).
 *
 * @example
 * receive({ wallMs: 1000, counter: 0, deviceId: "a" }, { wallMs: 2000, counter: 5, deviceId: "b" }, 1500);
 * // { wallMs: 2000, counter: 6, deviceId: "a" }
 */
export function receive(local: Hlc, remote: Hlc, nowMs: number): Hlc {
  const now = clampWall(nowMs);
  const limit = clampWall(now + maxClockDriftMs);
  const seen = remote.wallMs > limit ? { wallMs: limit, counter: 0 } : remote;
  const wallMs = Math.max(local.wallMs, seen.wallMs, now);
  let counter = 0;
  if (wallMs === local.wallMs && wallMs === seen.wallMs) counter = Math.max(local.counter, seen.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === seen.wallMs) counter = seen.counter + 1;
  return withCounter(wallMs, counter, local.deviceId);
}

/**
 * The smallest stamp of `deviceId` that sorts after `stamp`.
 *
 * @example
 * successor({ wallMs: 5, counter: 1, deviceId: "b" }, "a"); // { wallMs: 5, counter: 2, deviceId: "a" }
 */
export function successor(stamp: Hlc, deviceId: string): Hlc {
  return withCounter(stamp.wallMs, stamp.counter + 1, deviceId);
}

/**
 * Encodes a clock value; string order equals (wall, counter, device) order.
 *
 * @example
 * formatHlc({ wallMs: 0, counter: 42, deviceId: "a" }); // "1970-01-01T00:00:00.000Z-002A-a"
 */
export function formatHlc(hlc: Hlc): string {
  if (!Number.isInteger(hlc.wallMs) || hlc.wallMs < 0 || hlc.wallMs > maxHlcWallMs) {
    throw new RangeError(`HLC wall time out of range: ${hlc.wallMs}`);
  }
  if (!Number.isInteger(hlc.counter) || hlc.counter < 0 || hlc.counter > maxHlcCounter) {
    throw new RangeError(`HLC counter out of range: ${hlc.counter}`);
  }
  if (!deviceIdPattern.test(hlc.deviceId)) throw new RangeError(`invalid device id: ${hlc.deviceId}`);
  const counter = hlc.counter.toString(16).toUpperCase().padStart(4, "0");
  return `${new Date(hlc.wallMs).toISOString()}-${counter}-${hlc.deviceId}`;
}

/**
 * Decodes a stamp, or returns `undefined` if it is not a canonical stamp.
 *
 * @example
 * parseHlc("1970-01-01T00:00:00.000Z-002A-a"); // { wallMs: 0, counter: 42, deviceId: "a" }
 */
export function parseHlc(stamp: string): Hlc | undefined {
  if (!clockStampPattern.test(stamp)) return undefined;
  const wallMs = Date.parse(stamp.slice(0, 24));
  const hlc = { wallMs, counter: Number.parseInt(stamp.slice(25, 29), 16), deviceId: stamp.slice(30) };
  // Round-tripping rejects dates like February 30th that Date.parse silently rolls over.
  if (Number.isNaN(wallMs) || formatHlc(hlc) !== stamp) return undefined;
  return hlc;
}

/**
 * Orders two encoded stamps: negative, zero or positive, like `Array.prototype.sort` wants.
 *
 * @example
 * compareStamps("1970-01-01T00:00:00.000Z-0000-b", "1970-01-01T00:00:00.000Z-0001-a"); // < 0
 */
export function compareStamps(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
