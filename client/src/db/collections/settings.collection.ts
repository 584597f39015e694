import { collectionSchemaVersions, MetronomeAccent, Theme } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  booleanProperty,
  idProperty,
  integerProperty,
  stringArrayProperty,
  stringProperty,
} from "./schema-parts";

/** RxDB schema of `settings`: one document with the fixed `settingsDocumentId`. */
export const settingsSchema = {
  version: collectionSchemaVersions.settings,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    language: stringProperty,
    theme: { type: "string", enum: Object.values(Theme) },
    primaryInstrument: stringProperty,
    customInstruments: stringArrayProperty,
    weekStartDay: integerProperty,
    dailyGoalMinutes: integerProperty,
    metronomePresets: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: idProperty,
          name: stringProperty,
          tempoBpm: integerProperty,
          beatsPerBar: integerProperty,
          subdivision: integerProperty,
          isAccentOnFirstBeat: booleanProperty,
          accents: { type: "array", items: { type: "string", enum: Object.values(MetronomeAccent) } },
          groups: { type: "array", items: integerProperty },
          polyrhythmAgainst: integerProperty,
        },
        required: ["id", "name", "tempoBpm", "beatsPerBar", "subdivision", "isAccentOnFirstBeat"],
        additionalProperties: false,
      },
    },
  },
  required: [
    ...baseRequired,
    "language",
    "theme",
    "customInstruments",
    "weekStartDay",
    "dailyGoalMinutes",
    "metronomePresets",
  ],
  additionalProperties: false,
} as const;
