import { defineMigrations } from "./migrations";
import { type ScoreDoc, scoreSchemaVersion } from "./score.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const scoreMigrations = defineMigrations<ScoreDoc>(scoreSchemaVersion, {});
