import type { PracticeEntryDoc } from "@mirubato/schema";

export interface OccurrenceEntries {
  readonly entries: readonly PracticeEntryDoc[];
  readonly totalSec: number;
}

/**
 * The logbook entries each occurrence produced, found through the entries' own `planOccurrenceId`
 * (the one link, never stored twice), with their practised time.
 *
 * @example
 * groupEntriesByOccurrence(entries).get(day.occurrenceId)?.totalSec; // 1500
 */
export function groupEntriesByOccurrence(
  entries: readonly PracticeEntryDoc[],
): ReadonlyMap<string, OccurrenceEntries> {
  const groups = new Map<string, { entries: PracticeEntryDoc[]; totalSec: number }>();
  for (const entry of entries) {
    if (entry._deleted || entry.planOccurrenceId === undefined) continue;
    const group = groups.get(entry.planOccurrenceId) ?? { entries: [], totalSec: 0 };
    group.entries.push(entry);
    group.totalSec += entry.durationSec;
    groups.set(entry.planOccurrenceId, group);
  }
  return groups;
}
