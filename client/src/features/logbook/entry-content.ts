import type { PracticeEntryContent, PracticeEntryDoc } from "@mirubato/schema";

/**
 * The content fields of an entry document (without id, timestamps, tombstone and clocks): what
 * the form edits and what an undo writes back under the same id.
 *
 * @example
 * repository.createDocument("practice_entries", toEntryContent(deleted), { id: deleted.id });
 */
export function toEntryContent(entry: PracticeEntryDoc): PracticeEntryContent {
  const content: PracticeEntryContent = {
    startedAt: entry.startedAt,
    localDate: entry.localDate,
    timeZone: entry.timeZone,
    durationSec: entry.durationSec,
    type: entry.type,
    instrument: entry.instrument,
    pieces: entry.pieces.map((piece) => ({ ...piece })),
    techniques: [...entry.techniques],
    notes: entry.notes,
    tags: [...entry.tags],
    goalIds: [...entry.goalIds],
    source: entry.source,
  };
  if (entry.mood !== undefined) content.mood = entry.mood;
  if (entry.planOccurrenceId !== undefined) content.planOccurrenceId = entry.planOccurrenceId;
  return content;
}

/**
 * The patch that makes a stored entry equal to `content`, clearing optional fields it lacks.
 *
 * @example
 * repository.updateDocument("practice_entries", id, toEntryPatch(content));
 */
export function toEntryPatch(content: PracticeEntryContent): PracticeEntryContent & {
  mood: PracticeEntryContent["mood"] | undefined;
  planOccurrenceId: string | undefined;
} {
  return { ...content, mood: content.mood, planOccurrenceId: content.planOccurrenceId };
}
