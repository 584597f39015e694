import { defineMigrations } from "./migrations";
import { type SettingsDoc, settingsSchemaVersion } from "./settings.schema";

/** Strategies keyed by the version they produce; empty while the schema is at version 0. */
export const settingsMigrations = defineMigrations<SettingsDoc>(settingsSchemaVersion, {});
