import { type AnnotationDoc, annotationSchemaVersion } from "./annotation.schema";
import { defineMigrations } from "./migrations";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const annotationMigrations = defineMigrations<AnnotationDoc>(annotationSchemaVersion, {});
