import type { PracticeEntryDoc } from "@mirubato/schema";
import { getPieceShares } from "../entries/piece-shares";
import { addDays } from "../time/local-date-math";
import { getWeekStartDate } from "../time/week-start";

/** One week of a piece's timeline. */
export interface PieceTimelineWeek {
  weekStartDate: string;
  totalSec: number;
  sessionCount: number;
  /** The highest tempo noted that week, if any. */
  bestTempoBpm?: number;
}

/**
 * A piece's practice week by week, from its first to its last practised week, with empty weeks
 * in between kept (a chart shows the gaps).
 *
 * @example
 * computePieceTimeline(entries, piece.id, settings.weekStartDay).at(-1)?.totalSec;
 */
export function computePieceTimeline(
  entries: readonly PracticeEntryDoc[],
  pieceId: string,
  weekStartDay: number,
): PieceTimelineWeek[] {
  const weeks = new Map<string, PieceTimelineWeek>();
  for (const entry of entries) {
    if (entry._deleted) continue;
    const share = getPieceShares(entry).find((candidate) => candidate.pieceId === pieceId);
    if (share === undefined) continue;
    const weekStartDate = getWeekStartDate(entry.localDate, weekStartDay);
    const week = weeks.get(weekStartDate) ?? { weekStartDate, totalSec: 0, sessionCount: 0 };
    week.totalSec += share.durationSec;
    week.sessionCount++;
    for (const piece of entry.pieces) {
      if (
        piece.pieceId === pieceId &&
        piece.tempoBpm !== undefined &&
        piece.tempoBpm > (week.bestTempoBpm ?? 0)
      ) {
        week.bestTempoBpm = piece.tempoBpm;
      }
    }
    weeks.set(weekStartDate, week);
  }
  const starts = [...weeks.keys()].sort();
  const first = starts[0];
  const last = starts.at(-1);
  if (first === undefined || last === undefined) return [];
  const timeline: PieceTimelineWeek[] = [];
  for (let weekStartDate = first; weekStartDate <= last; weekStartDate = addDays(weekStartDate, 7)) {
    timeline.push(weeks.get(weekStartDate) ?? { weekStartDate, totalSec: 0, sessionCount: 0 });
  }
  return timeline;
}
