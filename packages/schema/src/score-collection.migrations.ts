import { defineMigrations } from "./migrations";
import { type ScoreCollectionDoc, scoreCollectionSchemaVersion } from "./score-collection.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const scoreCollectionMigrations = defineMigrations<ScoreCollectionDoc>(
  scoreCollectionSchemaVersion,
  {},
);
