import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseTimerState } from "./parse-timer-state";
import { createEntryContentFromTimer } from "./timer-entry";
import { getNextReminderAtMs } from "./timer-reminder";
import {
  createIdleTimer,
  getElapsedSec,
  getPausedSec,
  pauseTimer,
  resumeTimer,
  startTimer,
  stopTimer,
  type TimerState,
} from "./timer-state";

const t0 = Date.parse("2026-03-29T00:30:00.000Z");
const minuteMs = 60_000;

describe("timer state machine", () => {
  test("idle → running → paused → running → stopped measures practised time only", () => {
    let timer = startTimer(createIdleTimer(), t0);
    timer = pauseTimer(timer, t0 + 10 * minuteMs);
    expect(getElapsedSec(timer, t0 + 30 * minuteMs)).toBe(600);
    expect(getPausedSec(timer, t0 + 30 * minuteMs)).toBe(1200);
    timer = resumeTimer(timer, t0 + 30 * minuteMs);
    timer = stopTimer(timer, t0 + 45 * minuteMs);
    expect(timer.status).toBe("stopped");
    expect(getElapsedSec(timer, t0 + 999 * minuteMs)).toBe(25 * 60);
    expect(getPausedSec(timer, t0 + 999 * minuteMs)).toBe(20 * 60);
  });

  test("a phone asleep for an hour still counts the hour, without ticks", () => {
    const timer = startTimer(createIdleTimer(), t0);
    expect(getElapsedSec(timer, t0 + 60 * minuteMs + 1500)).toBe(3601);
  });

  test("survives a reload through JSON", () => {
    const running = resumeTimer(
      pauseTimer(startTimer(createIdleTimer(), t0), t0 + minuteMs),
      t0 + 2 * minuteMs,
    );
    const reloaded = parseTimerState(JSON.parse(JSON.stringify(running)));
    expect(reloaded).toEqual(running);
    if (reloaded === undefined) return;
    expect(getElapsedSec(reloaded, t0 + 5 * minuteMs)).toBe(4 * 60);
  });

  test("ignores transitions that do not apply", () => {
    const idle = createIdleTimer();
    expect(pauseTimer(idle, t0)).toBe(idle);
    const running = startTimer(idle, t0);
    expect(startTimer(running, t0 + 5)).toBe(running);
    expect(resumeTimer(running, t0 + 5)).toBe(running);
    const stopped = stopTimer(running, t0 + minuteMs);
    expect(stopTimer(stopped, t0 + 2 * minuteMs)).toBe(stopped);
  });

  test("a clock that jumps backwards never makes time negative", () => {
    const timer = stopTimer(startTimer(createIdleTimer(), t0), t0 - 5 * minuteMs);
    expect(getElapsedSec(timer, t0)).toBe(0);
  });

  test("elapsed plus paused time equals the wall time since the start", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3_600_000 }), { minLength: 1, maxLength: 12 }),
        (gapsMs) => {
          let timer: TimerState = startTimer(createIdleTimer(), t0);
          let nowMs = t0;
          for (const [index, gapMs] of gapsMs.entries()) {
            nowMs += gapMs;
            timer = index % 2 === 0 ? pauseTimer(timer, nowMs) : resumeTimer(timer, nowMs);
          }
          const wallMs = nowMs + 7_000 - t0;
          const sumSec = getElapsedSec(timer, nowMs + 7_000) + getPausedSec(timer, nowMs + 7_000);
          expect(Math.abs(sumSec - wallMs / 1000)).toBeLessThan(2);
        },
      ),
    );
  });
});

describe("parseTimerState", () => {
  test("rejects damaged values", () => {
    expect(parseTimerState(null)).toBeUndefined();
    expect(
      parseTimerState({ status: "running", startedAtMs: 1, segments: [{ startMs: 1, endMs: 2 }] }),
    ).toBeUndefined();
    expect(parseTimerState({ status: "paused", startedAtMs: 1, segments: [{ startMs: 1 }] })).toBeUndefined();
    expect(
      parseTimerState({ status: "stopped", startedAtMs: 1, segments: [{ startMs: 5, endMs: 2 }] }),
    ).toBeUndefined();
    expect(parseTimerState({ status: "ticking" })).toBeUndefined();
    expect(parseTimerState({ status: "idle" })).toEqual({ status: "idle" });
  });
});

describe("getNextReminderAtMs", () => {
  test("reminds at each multiple of practised time, skipping pauses", () => {
    const running = startTimer(createIdleTimer(), t0);
    expect(getNextReminderAtMs(running, t0 + minuteMs, 10)).toBe(t0 + 10 * minuteMs);
    const resumed = resumeTimer(pauseTimer(running, t0 + 5 * minuteMs), t0 + 20 * minuteMs);
    expect(getNextReminderAtMs(resumed, t0 + 20 * minuteMs, 10)).toBe(t0 + 25 * minuteMs);
  });

  test("after an hour asleep gives the next reminder, not the missed ones", () => {
    const running = startTimer(createIdleTimer(), t0);
    expect(getNextReminderAtMs(running, t0 + 65 * minuteMs, 10)).toBe(t0 + 70 * minuteMs);
  });

  test("is off when paused or when reminders are off", () => {
    const running = startTimer(createIdleTimer(), t0);
    expect(getNextReminderAtMs(pauseTimer(running, t0 + 1), t0 + 2, 10)).toBeUndefined();
    expect(getNextReminderAtMs(running, t0 + 2, 0)).toBeUndefined();
  });
});

describe("createEntryContentFromTimer", () => {
  test("prefills the entry on the local date of the start, even across a DST night", () => {
    // 01:30 Berlin on the spring-forward night; the timer runs past the jump to summer time.
    const stopped = stopTimer(startTimer(createIdleTimer(), t0), t0 + 90 * minuteMs);
    const content = createEntryContentFromTimer(stopped, { timeZone: "Europe/Berlin", instrument: "piano" });
    expect(content).toMatchObject({
      startedAt: "2026-03-29T00:30:00.000Z",
      localDate: "2026-03-29",
      timeZone: "Europe/Berlin",
      durationSec: 5400,
      source: "timer",
      type: "practice",
    });
  });

  test("gives nothing before the timer stops and caps a forgotten timer at a day", () => {
    const running = startTimer(createIdleTimer(), t0);
    expect(createEntryContentFromTimer(running, { timeZone: "UTC", instrument: "violin" })).toBeUndefined();
    const forgotten = stopTimer(running, t0 + 30 * 60 * minuteMs);
    const content = createEntryContentFromTimer(forgotten, {
      timeZone: "UTC",
      instrument: "violin",
      pieceIds: ["p"],
    });
    expect(content?.durationSec).toBe(86_400);
    expect(content?.pieces).toEqual([{ pieceId: "p" }]);
  });
});
