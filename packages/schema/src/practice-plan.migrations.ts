import { defineMigrations } from "./migrations";
import { type PracticePlanDoc, practicePlanSchema, practicePlanSchemaVersion } from "./practice-plan.schema";

/**
 * Strategies keyed by the version they produce. Version 1 only added the optional
 * `segments[].startTempoBpm`, so a version-0 plan is carried over as it is.
 */
export const practicePlanMigrations = defineMigrations<PracticePlanDoc>(practicePlanSchemaVersion, {
  1: (oldDoc) => practicePlanSchema.parse(oldDoc),
});
