import type { CollectionDoc, CollectionName } from "./collections";
import {
  annotationFixtures,
  scoreCollectionFixtures,
  scoreFixtures,
  settingsFixtures,
} from "./library.fixtures";
import {
  goalFixtures,
  pieceFixtures,
  planOccurrenceFixtures,
  practiceEntryFixtures,
  practicePlanFixtures,
} from "./practice.fixtures";

/**
 * Realistic valid documents for every collection, for tests in any package.
 *
 * @example
 * const [piece] = collectionFixtures.pieces;
 */
export const collectionFixtures: { readonly [Name in CollectionName]: readonly CollectionDoc<Name>[] } = {
  practice_entries: practiceEntryFixtures,
  pieces: pieceFixtures,
  goals: goalFixtures,
  practice_plans: practicePlanFixtures,
  plan_occurrences: planOccurrenceFixtures,
  scores: scoreFixtures,
  score_collections: scoreCollectionFixtures,
  annotations: annotationFixtures,
  settings: settingsFixtures,
};
