import type { BarPattern, ClickSound } from "./rhythm";

/**
 * The metronome's timeline: every click as an exact audio sample frame.
 *
 * A segment is a stretch at one tempo and one pattern, anchored at an integer frame. The frame of
 * any click in it is computed directly from its position (bar, unit) with integer arithmetic and
 * one rounding, `startFrame + round(units × beatsPerBar × 60 × sampleRate / (unitsPerBar × bpm))`,
 * never by adding durations, so no error accumulates however long it plays. Every `bpm` bars the
 * segment is re-anchored ({@link rebaseSegment}); that bar starts on an exact integer frame, so the
 * rebase is lossless and keeps the numbers far below 2^53 for days of playing.
 *
 * A new segment (tempo change, new rhythm, a trainer step) starts at a click frame of the old one,
 * so changes land on the grid, never between clicks.
 */
export interface ClickSegment {
  sampleRate: number;
  tempoBpm: number;
  pattern: BarPattern;
  startFrame: number;
  /** The bar (counted from the start of playing) and unit within it where the segment begins. */
  startBar: number;
  startUnit: number;
}

/** One click: its frame, bar, the pattern event's index and what it plays. */
export interface Click {
  frame: number;
  bar: number;
  eventIndex: number;
  beat: number | null;
  sounds: readonly ClickSound[];
}

/** round(numerator / denominator) for non-negative safe integers, exact (half rounds up). */
export function divideRounded(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`exact division needs safe integers, got ${numerator} / ${denominator}`);
  }
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  while (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  }
  while (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

function assertSegment(segment: ClickSegment): void {
  if (!Number.isInteger(segment.sampleRate) || segment.sampleRate <= 0) {
    throw new RangeError(`sample rate must be a positive integer, got ${segment.sampleRate}`);
  }
  if (!Number.isInteger(segment.tempoBpm) || segment.tempoBpm <= 0) {
    throw new RangeError(`tempo must be a positive integer bpm, got ${segment.tempoBpm}`);
  }
}

/**
 * The frame of the pattern position (bar, unit) in a segment; `unit` may equal `unitsPerBar`
 * (the next bar's downbeat).
 *
 * @example
 * frameAt(segment, 1, 0); // the second bar's downbeat
 */
export function frameAt(segment: ClickSegment, bar: number, unit: number): number {
  assertSegment(segment);
  const { pattern } = segment;
  const units = (bar - segment.startBar) * pattern.unitsPerBar + (unit - segment.startUnit);
  const framesNumerator = units * pattern.beatsPerBar * 60 * segment.sampleRate;
  return segment.startFrame + divideRounded(framesNumerator, pattern.unitsPerBar * segment.tempoBpm);
}

/** A cursor on a segment: the next click to play is event `eventIndex` of `bar`. */
export interface ClickCursor {
  segment: ClickSegment;
  bar: number;
  eventIndex: number;
}

/** A cursor on the segment's first click (its start position, or the first event after it). */
export function startCursor(segment: ClickSegment): ClickCursor {
  const index = segment.pattern.events.findIndex((event) => event.unit >= segment.startUnit);
  return index === -1
    ? { segment, bar: segment.startBar + 1, eventIndex: 0 }
    : { segment, bar: segment.startBar, eventIndex: index };
}

/** The click a cursor points at. */
export function clickAt(cursor: ClickCursor): Click {
  const event = cursor.segment.pattern.events[cursor.eventIndex];
  if (event === undefined) throw new RangeError(`no event ${cursor.eventIndex} in the pattern`);
  return {
    frame: frameAt(cursor.segment, cursor.bar, event.unit),
    bar: cursor.bar,
    eventIndex: cursor.eventIndex,
    beat: event.beat,
    sounds: event.sounds,
  };
}

/**
 * Re-anchors a segment at a bar whose downbeat is an exact frame (a multiple of `tempoBpm` bars
 * after the start, when the segment starts on a downbeat); returns the segment unchanged when
 * `bar` is not such a bar.
 */
export function rebaseSegment(segment: ClickSegment, bar: number): ClickSegment {
  const elapsed = bar - segment.startBar;
  if (segment.startUnit !== 0 || elapsed <= 0 || elapsed % segment.tempoBpm !== 0) return segment;
  return { ...segment, startFrame: frameAt(segment, bar, 0), startBar: bar, startUnit: 0 };
}

/** The cursor after the one given (wrapping into the next bar, rebasing when lossless). */
export function advanceCursor(cursor: ClickCursor): ClickCursor {
  const isLastEvent = cursor.eventIndex + 1 >= cursor.segment.pattern.events.length;
  if (!isLastEvent) return { ...cursor, eventIndex: cursor.eventIndex + 1 };
  const bar = cursor.bar + 1;
  return { segment: rebaseSegment(cursor.segment, bar), bar, eventIndex: 0 };
}

/**
 * Every click with `fromFrame <= frame < toFrame` of one segment, for tests and analysis; the live
 * engine walks the same cursor one click at a time.
 *
 * @example
 * listClicks(segment, 0, 48_000 * 600).map((click) => click.frame);
 */
export function listClicks(segment: ClickSegment, fromFrame: number, toFrame: number): Click[] {
  const clicks: Click[] = [];
  for (let cursor = startCursor(segment); ; cursor = advanceCursor(cursor)) {
    const click = clickAt(cursor);
    if (click.frame >= toFrame) return clicks;
    if (click.frame >= fromFrame) clicks.push(click);
  }
}
