import { clockStampSchema } from "@mirubato/schema";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  compareStamps,
  formatHlc,
  type Hlc,
  maxClockDriftMs,
  maxHlcCounter,
  maxHlcWallMs,
  parseHlc,
  receive,
  tick,
} from "./hlc";
import { createHlcClock } from "./hlc-clock";

const hlcArbitrary = fc.record({
  wallMs: fc.integer({ min: 0, max: maxHlcWallMs }),
  counter: fc.integer({ min: 0, max: maxHlcCounter }),
  deviceId: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
});

function compareTuples(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs - b.wallMs;
  if (a.counter !== b.counter) return a.counter - b.counter;
  return compareStamps(a.deviceId, b.deviceId);
}

describe("hlc encoding", () => {
  test("round-trips and matches the wire schema", () => {
    fc.assert(
      fc.property(hlcArbitrary, (hlc) => {
        const stamp = formatHlc(hlc);
        expect(parseHlc(stamp)).toEqual(hlc);
        expect(clockStampSchema.safeParse(stamp).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("string order equals (wall, counter, device) order", () => {
    fc.assert(
      fc.property(hlcArbitrary, hlcArbitrary, (a, b) => {
        expect(Math.sign(compareStamps(formatHlc(a), formatHlc(b)))).toBe(Math.sign(compareTuples(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  test("rejects malformed and non-canonical stamps", () => {
    expect(parseHlc("2026-02-30T00:00:00.000Z-0000-a")).toBeUndefined();
    expect(parseHlc("2026-03-01T00:00:00.000Z-00g0-a")).toBeUndefined();
    expect(parseHlc("2026-03-01T00:00:00.000Z-0000-")).toBeUndefined();
    expect(parseHlc("2026-03-01T00:00:00Z-0000-a")).toBeUndefined();
    expect(() => formatHlc({ wallMs: -1, counter: 0, deviceId: "a" })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 0, counter: 0, deviceId: "a b" })).toThrow(RangeError);
  });
});

describe("hlc clock", () => {
  test("tick is strictly increasing even when physical time goes backwards", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 50 }), (nows) => {
        let clock: Hlc = { wallMs: 0, counter: 0, deviceId: "a" };
        for (const now of nows) {
          const next = tick(clock, now);
          expect(compareTuples(next, clock)).toBeGreaterThan(0);
          clock = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  test("receive moves past the remote stamp and the local one", () => {
    fc.assert(
      fc.property(
        hlcArbitrary,
        hlcArbitrary,
        fc.integer({ min: 0, max: maxHlcWallMs }),
        (local, remote, now) => {
          const next = receive(local, remote, now);
          expect(compareTuples(next, local)).toBeGreaterThan(0);
          if (remote.wallMs <= now + maxClockDriftMs && remote.counter < maxHlcCounter) {
            expect(compareTuples(next, { ...remote, deviceId: next.deviceId })).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("clamps a remote stamp from a clock running more than an hour ahead", () => {
    const now = Date.UTC(2026, 2, 1);
    const skewed = { wallMs: now + 48 * maxClockDriftMs, counter: 7, deviceId: "fast" };
    const next = receive({ wallMs: now, counter: 0, deviceId: "a" }, skewed, now);
    expect(next).toEqual({ wallMs: now + maxClockDriftMs, counter: 1, deviceId: "a" });
  });

  test("borrows the next millisecond when the counter overflows", () => {
    expect(tick({ wallMs: 5, counter: maxHlcCounter, deviceId: "a" }, 5)).toEqual({
      wallMs: 6,
      counter: 0,
      deviceId: "a",
    });
  });

  test("a device clock resumes from its persisted state", () => {
    const first = createHlcClock({ deviceId: "a", now: () => 1000 });
    const stamp = first.next();
    const resumed = createHlcClock({ deviceId: "a", now: () => 0, state: first.snapshot() });
    expect(resumed.next() > stamp).toBe(true);
    expect(() => createHlcClock({ deviceId: "not valid!" })).toThrow(RangeError);
  });
});
