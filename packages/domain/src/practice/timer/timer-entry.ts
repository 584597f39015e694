import type { PracticeEntryContent, PracticeType } from "@mirubato/schema";
import { getLocalDate } from "../time/local-date";
import { getElapsedSec, type TimerState } from "./timer-state";

/** What the entry form needs besides the timer: the musician's zone and their usual choices. */
export interface TimerEntryDefaults {
  timeZone: string;
  instrument: string;
  type?: PracticeType;
  pieceIds?: readonly string[];
}

const maxEntryDurationSec = 86_400;

/**
 * The entry form's prefilled content for a stopped timer: started when the timer first started,
 * on the musician's local date of that instant, lasting the practised (not paused) time, capped at
 * the schema's one day. Undefined unless the timer is stopped.
 *
 * @example
 * createEntryContentFromTimer(stopped, { timeZone: "Europe/Berlin", instrument: "piano" })?.source; // "timer"
 */
export function createEntryContentFromTimer(
  state: TimerState,
  defaults: TimerEntryDefaults,
): PracticeEntryContent | undefined {
  if (state.status !== "stopped") return undefined;
  const lastEndMs = state.segments.at(-1)?.endMs ?? state.startedAtMs;
  return {
    startedAt: new Date(state.startedAtMs).toISOString(),
    localDate: getLocalDate(state.startedAtMs, defaults.timeZone),
    timeZone: defaults.timeZone,
    durationSec: Math.min(maxEntryDurationSec, getElapsedSec(state, lastEndMs)),
    type: defaults.type ?? "practice",
    instrument: defaults.instrument,
    pieces: (defaults.pieceIds ?? []).map((pieceId) => ({ pieceId })),
    techniques: [],
    notes: "",
    tags: [],
    goalIds: [],
    source: "timer",
  };
}
