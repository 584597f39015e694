import { type GoalDoc, goalSchemaVersion } from "./goal.schema";
import { defineMigrations } from "./migrations";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const goalMigrations = defineMigrations<GoalDoc>(goalSchemaVersion, {});
