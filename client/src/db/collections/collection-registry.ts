import {
  type CollectionDoc,
  type CollectionName,
  collectionMigrations,
  collectionSchemas,
  type MigrationStrategies as DomainStrategies,
} from "@mirubato/schema";
import type { MigrationStrategies, RxCollectionCreator, RxConflictHandler } from "rxdb";
import type { z } from "zod";
import { createMergeConflictHandler } from "../merge-conflict-handler";
import { toRxMigrationStrategies } from "../migration-strategies";
import { annotationsSchema } from "./annotations.collection";
import { goalsSchema } from "./goals.collection";
import { piecesSchema } from "./pieces.collection";
import { planOccurrencesSchema } from "./plan-occurrences.collection";
import { practiceEntriesSchema } from "./practice-entries.collection";
import { practicePlansSchema } from "./practice-plans.collection";
import { scoreCollectionsSchema } from "./score-collections.collection";
import { scoresSchema } from "./scores.collection";
import { settingsSchema } from "./settings.collection";

/** The RxDB schema literal of every collection, keyed by its synced name. */
export const rxSchemas = {
  practice_entries: practiceEntriesSchema,
  pieces: piecesSchema,
  goals: goalsSchema,
  practice_plans: practicePlansSchema,
  plan_occurrences: planOccurrencesSchema,
  scores: scoresSchema,
  score_collections: scoreCollectionsSchema,
  annotations: annotationsSchema,
  settings: settingsSchema,
} as const satisfies Record<CollectionName, object>;

// Mapped types keep each name tied to its own document type when indexed with a generic key.
const zodSchemas: { readonly [Name in CollectionName]: z.ZodType<CollectionDoc<Name>> } = collectionSchemas;
const migrations: { readonly [Name in CollectionName]: DomainStrategies<CollectionDoc<Name>> } =
  collectionMigrations;

/** The zod schema that validates every write to a collection (RxDB's own validator is dev-only). */
export function zodSchemaOf<Name extends CollectionName>(name: Name): z.ZodType<CollectionDoc<Name>> {
  return zodSchemas[name];
}

/** Everything `addCollections` needs for one collection: schema, migrations, merge conflict handler. */
export function collectionCreatorOf<Name extends CollectionName>(name: Name): RxCollectionCreator {
  const conflictHandler: RxConflictHandler<CollectionDoc<Name>> = createMergeConflictHandler();
  const migrationStrategies: MigrationStrategies = toRxMigrationStrategies(
    migrations[name],
    zodSchemas[name],
  );
  return { schema: rxSchemas[name], migrationStrategies, conflictHandler };
}
