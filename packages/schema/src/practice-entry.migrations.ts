import { defineMigrations } from "./migrations";
import { type PracticeEntryDoc, practiceEntrySchemaVersion } from "./practice-entry.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const practiceEntryMigrations = defineMigrations<PracticeEntryDoc>(practiceEntrySchemaVersion, {});
