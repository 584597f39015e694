import { defineMigrations } from "./migrations";
import { type SettingsDoc, settingsSchema, settingsSchemaVersion } from "./settings.schema";

/**
 * Strategies keyed by the version they produce. Version 1 only added optional preset fields, so a
 * version-0 document is parsed as it is (which also rejects anything that was never valid).
 */
export const settingsMigrations = defineMigrations<SettingsDoc>(settingsSchemaVersion, {
  1: (oldDoc) => settingsSchema.parse(oldDoc),
});
