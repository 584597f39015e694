import { z } from "zod";
import { defineDocumentSchema, idSchema, instrumentSchema, labelSchema, tempoBpmSchema } from "./base.schema";

export const Theme = { light: "light", dark: "dark", system: "system" } as const;
export type Theme = (typeof Theme)[keyof typeof Theme];

/**
 * The id of the one settings document per account. A fixed id (still a valid UUIDv7) means two
 * devices that create settings offline edit the same document and merge, instead of racing.
 */
export const settingsDocumentId = "00000000-0000-7000-8000-000000000000";

export const metronomePresetSchema = z.strictObject({
  id: idSchema,
  name: labelSchema,
  tempoBpm: tempoBpmSchema,
  beatsPerBar: z.int().min(1).max(16),
  subdivision: z.int().min(1).max(8),
  isAccentOnFirstBeat: z.boolean(),
});
export type MetronomePreset = z.infer<typeof metronomePresetSchema>;

export const settingsSchemaVersion = 0;

/** What the settings screen edits. `weekStartDay`: 0 = Sunday … 6 = Saturday. */
export const settingsContentSchema = z.strictObject({
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "expected a BCP 47 tag")
    .max(35),
  theme: z.enum(Theme),
  primaryInstrument: instrumentSchema.optional(),
  customInstruments: z.array(instrumentSchema).max(50),
  weekStartDay: z.int().min(0).max(6),
  dailyGoalMinutes: z.int().min(0).max(1440),
  metronomePresets: z.array(metronomePresetSchema).max(50),
});
export type SettingsContent = z.infer<typeof settingsContentSchema>;

/**
 * The `settings` document; its id is always {@link settingsDocumentId}.
 *
 * @example
 * const settings: SettingsDoc = settingsSchema.parse(row);
 */
export const settingsSchema = defineDocumentSchema(settingsContentSchema).refine(
  (doc) => doc.id === settingsDocumentId,
  { message: "settings use the fixed settings document id", path: ["id"] },
);
export type SettingsDoc = z.infer<typeof settingsSchema>;
