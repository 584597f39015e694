import { defineMigrations } from "./migrations";
import { type PracticePlanDoc, practicePlanSchemaVersion } from "./practice-plan.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const practicePlanMigrations = defineMigrations<PracticePlanDoc>(practicePlanSchemaVersion, {});
