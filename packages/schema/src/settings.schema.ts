import { z } from "zod";
import { defineDocumentSchema, idSchema, instrumentSchema, labelSchema, tempoBpmSchema } from "./base.schema";

export const Theme = { light: "light", dark: "dark", system: "system" } as const;
export type Theme = (typeof Theme)[keyof typeof Theme];

/**
 * The id of the one settings document per account. A fixed id (still a valid UUIDv7) means two
 * devices that create settings offline edit the same document and merge, instead of racing.
 */
export const settingsDocumentId = "00000000-0000-7000-8000-000000000000";

/** How loud a metronome beat clicks; `mute` keeps the beat in the bar but silent. */
export const MetronomeAccent = { accent: "accent", normal: "normal", soft: "soft", mute: "mute" } as const;
export type MetronomeAccent = (typeof MetronomeAccent)[keyof typeof MetronomeAccent];

const beatCountSchema = z.int().min(1).max(16);

/**
 * A named metronome setup. `subdivision` numbers the metronome's subdivisions 1–8 (none, duplets,
 * triplets, quadruplets, quintuplets, sextuplets, swing, dotted). Since schema version 1 a preset
 * may also carry each beat's accent, the grouping of a mixed meter (3+2+2) and a polyrhythm's
 * second voice; presets saved before have none of them and mean a plain bar.
 */
export const metronomePresetSchema = z
  .strictObject({
    id: idSchema,
    name: labelSchema,
    tempoBpm: tempoBpmSchema,
    beatsPerBar: beatCountSchema,
    subdivision: z.int().min(1).max(8),
    isAccentOnFirstBeat: z.boolean(),
    accents: z.array(z.enum(MetronomeAccent)).min(1).max(16).optional(),
    groups: z.array(beatCountSchema).min(1).max(16).optional(),
    polyrhythmAgainst: beatCountSchema.optional(),
  })
  .refine((preset) => preset.accents === undefined || preset.accents.length === preset.beatsPerBar, {
    message: "one accent per beat",
    path: ["accents"],
  })
  .refine(
    (preset) =>
      preset.groups === undefined ||
      preset.groups.reduce((sum, size) => sum + size, 0) === preset.beatsPerBar,
    { message: "the groups add up to the beats per bar", path: ["groups"] },
  );
export type MetronomePreset = z.infer<typeof metronomePresetSchema>;

/**
 * Version history (RxDB `version`; strategies in settings.migrations.ts):
 * 0 — first release.
 * 1 — metronome presets may carry `accents`, `groups` and `polyrhythmAgainst` (all optional, so
 *     every version-0 document is a valid version-1 document and stored rows need no rewrite).
 */
export const settingsSchemaVersion = 1;

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
