import { practiceEntryContentSchema } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { createEntryContentFromCounter } from "./counter-entry";
import { createCounter, recordAttempt } from "./counter-state";

const defaults = { timeZone: "Pacific/Auckland", instrument: "violin", notes: "Bars 12–16: 3 in a row" };
const pieceId = "01890a5d-ac96-774b-bcce-b302099a8057";

describe("a counter round as a logbook entry", () => {
  test("starts one average attempt before the first mark and is valid practice-entry content", () => {
    // Marks at 23:59:00, 23:59:40 and 00:00:20 UTC on 31 Dec: 80 s apart, 40 s per attempt.
    const first = Date.UTC(2026, 11, 31, 23, 59, 0);
    let round = createCounter({ kind: "streak", count: 3 });
    for (const offsetSec of [0, 40, 80]) round = recordAttempt(round, true, first + offsetSec * 1000);
    const content = createEntryContentFromCounter(round, { ...defaults, pieceId });
    expect(content).toMatchObject({
      startedAt: "2026-12-31T23:58:20.000Z",
      durationSec: 120,
      // Auckland is 13 hours ahead in summer: already New Year's Day there.
      localDate: "2027-01-01",
      pieces: [{ pieceId }],
      notes: defaults.notes,
      source: "counter",
    });
    expect(practiceEntryContentSchema.safeParse(content).success).toBe(true);
  });

  test("a round of fewer than two attempts has no time to log", () => {
    const once = recordAttempt(createCounter({ kind: "total", count: 5 }), true, Date.now());
    expect(createEntryContentFromCounter(once, defaults)).toBeUndefined();
  });

  test("without a piece the entry has none", () => {
    let round = createCounter({ kind: "total", count: 5 });
    round = recordAttempt(recordAttempt(round, true, 0), false, 30_000);
    expect(createEntryContentFromCounter(round, defaults)?.pieces).toEqual([]);
  });
});
