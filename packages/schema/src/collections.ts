import { z } from "zod";
import { annotationMigrations } from "./annotation.migrations";
import { annotationSchema, annotationSchemaVersion } from "./annotation.schema";
import { goalMigrations } from "./goal.migrations";
import { goalSchema, goalSchemaVersion } from "./goal.schema";
import { pieceMigrations } from "./piece.migrations";
import { pieceSchema, pieceSchemaVersion } from "./piece.schema";
import { planOccurrenceMigrations } from "./plan-occurrence.migrations";
import { planOccurrenceSchema, planOccurrenceSchemaVersion } from "./plan-occurrence.schema";
import { practiceEntryMigrations } from "./practice-entry.migrations";
import { practiceEntrySchema, practiceEntrySchemaVersion } from "./practice-entry.schema";
import { practicePlanMigrations } from "./practice-plan.migrations";
import { practicePlanSchema, practicePlanSchemaVersion } from "./practice-plan.schema";
import { scoreMigrations } from "./score.migrations";
import { scoreSchema, scoreSchemaVersion } from "./score.schema";
import { scoreCollectionMigrations } from "./score-collection.migrations";
import { scoreCollectionSchema, scoreCollectionSchemaVersion } from "./score-collection.schema";
import { settingsMigrations } from "./settings.migrations";
import { settingsSchema, settingsSchemaVersion } from "./settings.schema";

/** The nine synced collections, named as in RxDB and in `/api/sync/{collection}/…`. */
export const collectionNames = [
  "practice_entries",
  "pieces",
  "goals",
  "practice_plans",
  "plan_occurrences",
  "scores",
  "score_collections",
  "annotations",
  "settings",
] as const;
export type CollectionName = (typeof collectionNames)[number];

/** Parses a collection name from a URL path segment or a relay message. */
export const collectionNameSchema = z.enum(collectionNames);

/**
 * Each collection's full synced-document schema.
 *
 * @example
 * const doc = collectionSchemas[name].safeParse(body);
 */
export const collectionSchemas = {
  practice_entries: practiceEntrySchema,
  pieces: pieceSchema,
  goals: goalSchema,
  practice_plans: practicePlanSchema,
  plan_occurrences: planOccurrenceSchema,
  scores: scoreSchema,
  score_collections: scoreCollectionSchema,
  annotations: annotationSchema,
  settings: settingsSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** The document type of a collection. */
export type CollectionDoc<Name extends CollectionName> = z.infer<(typeof collectionSchemas)[Name]>;

/** Each collection's current schema version (RxDB `version`). */
export const collectionSchemaVersions = {
  practice_entries: practiceEntrySchemaVersion,
  pieces: pieceSchemaVersion,
  goals: goalSchemaVersion,
  practice_plans: practicePlanSchemaVersion,
  plan_occurrences: planOccurrenceSchemaVersion,
  scores: scoreSchemaVersion,
  score_collections: scoreCollectionSchemaVersion,
  annotations: annotationSchemaVersion,
  settings: settingsSchemaVersion,
} as const satisfies Record<CollectionName, number>;

/** Each collection's RxDB migration strategies. */
export const collectionMigrations = {
  practice_entries: practiceEntryMigrations,
  pieces: pieceMigrations,
  goals: goalMigrations,
  practice_plans: practicePlanMigrations,
  plan_occurrences: planOccurrenceMigrations,
  scores: scoreMigrations,
  score_collections: scoreCollectionMigrations,
  annotations: annotationMigrations,
  settings: settingsMigrations,
} as const;
