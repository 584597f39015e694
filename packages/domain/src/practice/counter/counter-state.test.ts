import { describe, expect, test } from "vitest";
import {
  type CounterState,
  createCounter,
  durationSec,
  recordAttempt,
  restartCounter,
  summarise,
  undoAttempt,
} from "./counter-state";

function play(state: CounterState, marks: string): CounterState {
  return [...marks].reduce(
    (current, mark, index) => recordAttempt(current, mark === "y", 1000 + index * 30_000),
    state,
  );
}

describe("repetition counter", () => {
  test("a miss resets the streak when that option is on", () => {
    const summary = summarise(play(createCounter({ kind: "streak", count: 5 }), "yyynyy"));
    expect(summary).toEqual({ correct: 5, total: 6, streak: 2, bestStreak: 3, isDone: false });
  });

  test("a miss only pauses the streak when that option is off", () => {
    const summary = summarise(play(createCounter({ kind: "streak", count: 5 }, false), "yyynyy"));
    expect(summary.streak).toBe(5);
    expect(summary.isDone).toBe(true);
  });

  test("a total target is done after that many clean play-throughs; misses do not count towards it", () => {
    const notYet = play(createCounter({ kind: "total", count: 3 }), "ynyn");
    expect(summarise(notYet)).toMatchObject({ correct: 2, total: 4, isDone: false });
    const state = play(notYet, "yy");
    expect(state.attempts).toHaveLength(5);
    expect(summarise(state)).toMatchObject({ correct: 3, total: 5, isDone: true });
  });

  test("undo takes back the last attempt, also the one that reached the target", () => {
    const once = play(createCounter({ kind: "streak", count: 5 }), "yn");
    expect(summarise(undoAttempt(once))).toMatchObject({ total: 1, streak: 1 });
    expect(undoAttempt(undoAttempt(undoAttempt(once))).attempts).toEqual([]);
    const done = play(createCounter({ kind: "streak", count: 2 }), "yy");
    expect(summarise(undoAttempt(done))).toMatchObject({ streak: 1, isDone: false });
  });

  test("restarting keeps the target and the rule and clears the attempts", () => {
    const state = play(createCounter({ kind: "streak", count: 3 }, false), "yny");
    expect(restartCounter(state)).toEqual(createCounter({ kind: "streak", count: 3 }, false));
  });

  test("the duration is first to last attempt plus one average attempt", () => {
    // Four attempts 30 s apart: 90 s between the first and last marks, the first began 30 s earlier.
    expect(durationSec(play(createCounter({ kind: "total", count: 9 }), "yyny"))).toBe(120);
    expect(durationSec(play(createCounter({ kind: "total", count: 9 }), "y"))).toBe(0);
    expect(durationSec(createCounter({ kind: "total", count: 9 }))).toBe(0);
  });
});
