import {
  advanceCursor,
  type Click,
  type ClickCursor,
  type ClickSegment,
  clickAt,
  startCursor,
} from "./click-timeline";
import { type BarPattern, createBarPattern, type Rhythm } from "./rhythm";
import { type TempoTrainerPlan, trainerPositionAt } from "./tempo-trainer";

/** What the musician has set: a tempo, a rhythm and, optionally, a running tempo trainer. */
export interface SequencerSettings {
  tempoBpm: number;
  rhythm: Rhythm;
  trainer: TempoTrainerPlan | null;
}

/** One scheduled click, with the tempo it plays at (the trainer moves it). */
export interface ScheduledClick extends Click {
  tempoBpm: number;
  trainerBarsUntilNextStep: number | null;
}

// Settings cross postMessage as copies, so a running trainer is recognised by value.
function isSamePlan(a: TempoTrainerPlan, b: TempoTrainerPlan | null): boolean {
  return (
    b !== null &&
    a.startBpm === b.startBpm &&
    a.stepBpm === b.stepBpm &&
    a.everyBars === b.everyBars &&
    a.ceilingBpm === b.ceilingBpm &&
    a.ending === b.ending
  );
}

/**
 * Continues the timeline at a beat click with a new tempo and pattern: the new segment starts on
 * that click's frame, at the same beat of the bar (or the next downbeat when the new bar is shorter).
 */
export function continueSegment(
  current: ClickSegment,
  at: Click,
  tempoBpm: number,
  pattern: BarPattern,
): ClickSegment {
  const beat = at.beat ?? 0;
  const fitsInBar = beat < pattern.beatsPerBar;
  return {
    sampleRate: current.sampleRate,
    tempoBpm,
    pattern,
    startFrame: at.frame,
    startBar: fitsInBar ? at.bar : at.bar + 1,
    startUnit: fitsInBar ? beat * (pattern.unitsPerBar / pattern.beatsPerBar) : 0,
  };
}

/**
 * The metronome's sequencer, shared by the live AudioWorklet and the offline render: it walks the
 * exact timeline ({@link ClickSegment}) and applies changes on the grid — a new tempo or rhythm at
 * the next beat, each trainer step at its bar's downbeat.
 *
 * @example
 * const sequencer = createClickSequencer({ sampleRate: 48_000, startFrame: 0, settings });
 * sequencer.take(0, 128); // the clicks of the first render quantum
 */
export function createClickSequencer(options: {
  sampleRate: number;
  startFrame: number;
  settings: SequencerSettings;
}) {
  let settings = options.settings;
  let pattern = createBarPattern(settings.rhythm);
  let cursor: ClickCursor = startCursor({
    sampleRate: options.sampleRate,
    tempoBpm: settings.trainer ? trainerPositionAt(settings.trainer, 0).tempoBpm : settings.tempoBpm,
    pattern,
    startFrame: options.startFrame,
    startBar: 0,
    startUnit: 0,
  });
  let pending: SequencerSettings | null = null;
  let trainerStartBar: number | null = settings.trainer ? 0 : null;

  function trainerAt(bar: number) {
    return settings.trainer && trainerStartBar !== null
      ? trainerPositionAt(settings.trainer, bar - trainerStartBar)
      : null;
  }

  function applyPending(click: Click, next: SequencerSettings): void {
    const isTrainerNew = next.trainer !== null && !isSamePlan(next.trainer, settings.trainer);
    settings = next;
    pattern = createBarPattern(next.rhythm);
    const tempoBpm = next.trainer && !isTrainerNew ? cursor.segment.tempoBpm : next.tempoBpm;
    const segment = continueSegment(cursor.segment, click, tempoBpm, pattern);
    if (next.trainer === null) trainerStartBar = null;
    else if (isTrainerNew)
      trainerStartBar = segment.startUnit === 0 ? segment.startBar : segment.startBar + 1;
    cursor = startCursor(segment);
  }

  function trainerTempoChange(click: Click): number | null {
    const isDownbeat = click.eventIndex === 0 && pattern.events[0]?.unit === 0;
    const position = isDownbeat ? trainerAt(click.bar) : null;
    return position && position.tempoBpm !== cursor.segment.tempoBpm ? position.tempoBpm : null;
  }

  return {
    /** Applies new settings at the next beat (a trainer that is turned on starts at the next downbeat). */
    update(next: SequencerSettings): void {
      pending = next;
    },
    /** The clicks with `fromFrame <= frame < toFrame`, in order; call with contiguous ranges. */
    take(fromFrame: number, toFrame: number): ScheduledClick[] {
      const clicks: ScheduledClick[] = [];
      for (;;) {
        const click = clickAt(cursor);
        if (click.frame >= toFrame) return clicks;
        if (pending && click.beat !== null) {
          applyPending(click, pending);
          pending = null;
          continue;
        }
        const trainerTempo = trainerTempoChange(click);
        if (trainerTempo !== null) {
          cursor = startCursor(continueSegment(cursor.segment, click, trainerTempo, pattern));
          continue;
        }
        if (click.frame >= fromFrame) {
          const barsUntilNextStep = trainerAt(click.bar)?.barsUntilNextStep ?? null;
          clicks.push({
            ...click,
            tempoBpm: cursor.segment.tempoBpm,
            trainerBarsUntilNextStep: barsUntilNextStep,
          });
        }
        cursor = advanceCursor(cursor);
      }
    },
  };
}

export type ClickSequencer = ReturnType<typeof createClickSequencer>;
