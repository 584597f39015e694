import type { PracticeEntryContent } from "@mirubato/schema";
import { getLocalDate } from "../time/local-date";
import { type CounterState, durationSec } from "./counter-state";

/** What the entry needs besides the counter: the musician's zone and choices, and the note text. */
export interface CounterEntryDefaults {
  readonly timeZone: string;
  readonly instrument: string;
  readonly pieceId?: string | undefined;
  /** The result in words ("Bars 12–16: 5 in a row, 7 of 9 clean"), written by the caller's locale. */
  readonly notes: string;
}

/**
 * The entry form's prefilled content for a counter round: it started one average attempt before
 * the first mark, lasted the counted time, and has source "counter". Undefined before two
 * attempts, when there is no time to log.
 *
 * @example
 * createEntryContentFromCounter(round, { timeZone: "Europe/Berlin", instrument: "violin", notes })?.source; // "counter"
 */
export function createEntryContentFromCounter(
  state: CounterState,
  defaults: CounterEntryDefaults,
): PracticeEntryContent | undefined {
  const last = state.attempts.at(-1);
  const seconds = durationSec(state);
  if (last === undefined || seconds === 0) return undefined;
  const startedAtMs = last.atMs - seconds * 1000;
  return {
    startedAt: new Date(startedAtMs).toISOString(),
    localDate: getLocalDate(startedAtMs, defaults.timeZone),
    timeZone: defaults.timeZone,
    durationSec: Math.min(86_400, seconds),
    type: "practice",
    instrument: defaults.instrument,
    pieces: defaults.pieceId === undefined ? [] : [{ pieceId: defaults.pieceId }],
    techniques: [],
    notes: defaults.notes,
    tags: [],
    goalIds: [],
    source: "counter",
  };
}
