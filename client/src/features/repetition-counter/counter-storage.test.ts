import { createCounter, recordAttempt } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { memoryStorage } from "../../db/testing/memory-storage";
import { type CounterRound, readRound, writeRound } from "./counter-storage";

describe("the counter's stored round", () => {
  test("comes back with every attempt after a reload", () => {
    const storage = memoryStorage();
    let state = createCounter({ kind: "streak", count: 5 }, false);
    state = recordAttempt(recordAttempt(state, true, 1_000), false, 31_000);
    const round: CounterRound = { passage: "bars 12–16", pieceId: null, state };
    writeRound(storage, round);
    expect(readRound(storage)).toEqual(round);
  });

  test("a damaged or out-of-range value reads as no round", () => {
    const storage = memoryStorage();
    storage.setItem("mirubato.counter.round", "{not json");
    expect(readRound(storage)).toBeUndefined();
    const tooMany = { kind: "streak", count: 500 };
    storage.setItem(
      "mirubato.counter.round",
      JSON.stringify({
        passage: "",
        pieceId: null,
        state: { target: tooMany, doesMissResetStreak: true, attempts: [] },
      }),
    );
    expect(readRound(storage)).toBeUndefined();
  });
});
