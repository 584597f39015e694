/**
 * Tempo progress of each plan segment: the tempos reached at check-ins, in date order, measured
 * against the segment's start and target tempo (its tempo ladder).
 */
import type { PlanOccurrenceDoc, PlanSegment } from "@mirubato/schema";

export interface TempoPoint {
  readonly localDate: string;
  readonly tempoBpm: number;
}

export interface SegmentTempoProgress {
  readonly segmentId: string;
  readonly startTempoBpm: number | undefined;
  readonly targetTempoBpm: number | undefined;
  readonly points: readonly TempoPoint[];
  readonly latestTempoBpm: number | undefined;
  /** 0–1 of the way from start to target (clamped), when both ends and a reading exist. */
  readonly fraction: number | undefined;
}

/** A segment's target: its first tempo target (the form edits one per segment). */
export function getTargetTempoBpm(segment: Pick<PlanSegment, "tempoTargets">): number | undefined {
  return segment.tempoTargets[0]?.tempoBpm;
}

/**
 * The progress of every segment that has a tempo to track.
 *
 * @example
 * computeTempoProgress(plan.segments, occurrences)[0]?.latestTempoBpm; // 84
 */
export function computeTempoProgress(
  segments: readonly PlanSegment[],
  occurrences: readonly PlanOccurrenceDoc[],
): SegmentTempoProgress[] {
  const ordered = occurrences
    .filter((occurrence) => !occurrence._deleted)
    .toSorted((a, b) => a.localDate.localeCompare(b.localDate));
  return segments.flatMap((segment) => {
    const startTempoBpm = segment.startTempoBpm;
    const targetTempoBpm = getTargetTempoBpm(segment);
    const points = ordered.flatMap((occurrence) =>
      (occurrence.segmentTempos ?? [])
        .filter((tempo) => tempo.segmentId === segment.id)
        .map((tempo) => ({ localDate: occurrence.localDate, tempoBpm: tempo.tempoBpm })),
    );
    if (startTempoBpm === undefined && targetTempoBpm === undefined && points.length === 0) return [];
    const latestTempoBpm = points.at(-1)?.tempoBpm;
    const span =
      startTempoBpm !== undefined && targetTempoBpm !== undefined ? targetTempoBpm - startTempoBpm : 0;
    const fraction =
      latestTempoBpm === undefined || startTempoBpm === undefined || span <= 0
        ? undefined
        : Math.min(1, Math.max(0, (latestTempoBpm - startTempoBpm) / span));
    return [{ segmentId: segment.id, startTempoBpm, targetTempoBpm, points, latestTempoBpm, fraction }];
  });
}
