import { defineMigrations } from "./migrations";
import {
  type PlanOccurrenceDoc,
  planOccurrenceSchema,
  planOccurrenceSchemaVersion,
} from "./plan-occurrence.schema";

/**
 * Strategies keyed by the version they produce. Version 1 only added optional fields and a status,
 * so a version-0 document is carried over as it is; parsing still rejects anything malformed.
 */
export const planOccurrenceMigrations = defineMigrations<PlanOccurrenceDoc>(planOccurrenceSchemaVersion, {
  1: (oldDoc) => planOccurrenceSchema.parse(oldDoc),
});
