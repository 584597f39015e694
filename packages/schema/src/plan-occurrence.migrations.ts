import { defineMigrations } from "./migrations";
import { type PlanOccurrenceDoc, planOccurrenceSchemaVersion } from "./plan-occurrence.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const planOccurrenceMigrations = defineMigrations<PlanOccurrenceDoc>(planOccurrenceSchemaVersion, {});
