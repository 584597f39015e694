import type { PracticeEntryContent } from "@mirubato/schema";

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
