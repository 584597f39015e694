import { collectionSchemaVersions, EntrySource, Mood, PracticeType } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  idArrayProperty,
  idProperty,
  instantProperty,
  integerProperty,
  localDateProperty,
  stringArrayProperty,
  stringProperty,
} from "./schema-parts";

/**
 * RxDB schema of `practice_entries`. The logbook lists entries by the musician's local date and
 * then start time, and reports scan date ranges, hence the two compound indexes.
 */
export const practiceEntriesSchema = {
  version: collectionSchemaVersions.practice_entries,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    startedAt: instantProperty,
    localDate: localDateProperty,
    timeZone: stringProperty,
    durationSec: { type: "integer", minimum: 0, maximum: 86_400 },
    type: { type: "string", enum: Object.values(PracticeType) },
    instrument: stringProperty,
    pieces: {
      type: "array",
      items: {
        type: "object",
        properties: { pieceId: idProperty, tempoBpm: integerProperty },
        required: ["pieceId"],
        additionalProperties: false,
      },
    },
    techniques: stringArrayProperty,
    mood: { type: "string", enum: Object.values(Mood) },
    notes: stringProperty,
    tags: stringArrayProperty,
    goalIds: idArrayProperty,
    source: { type: "string", enum: Object.values(EntrySource) },
    planOccurrenceId: idProperty,
  },
  required: [
    ...baseRequired,
    "startedAt",
    "localDate",
    "timeZone",
    "durationSec",
    "type",
    "instrument",
    "pieces",
    "techniques",
    "notes",
    "tags",
    "goalIds",
    "source",
  ],
  indexes: [
    ["localDate", "startedAt"],
    ["startedAt", "id"],
  ],
  additionalProperties: false,
} as const;
