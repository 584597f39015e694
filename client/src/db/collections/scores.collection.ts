import { collectionSchemaVersions, ScoreSource, StylePeriod } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  booleanProperty,
  instantProperty,
  integerProperty,
  stringArrayProperty,
  stringProperty,
} from "./schema-parts";

/** RxDB schema of `scores` (library metadata), listed by title. */
export const scoresSchema = {
  version: collectionSchemaVersions.scores,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    title: { type: "string", maxLength: 300 },
    subtitle: stringProperty,
    composer: stringProperty,
    catalogue: stringProperty,
    instrument: stringProperty,
    difficulty: integerProperty,
    stylePeriod: { type: "string", enum: Object.values(StylePeriod) },
    key: stringProperty,
    tags: stringArrayProperty,
    pageCount: integerProperty,
    fileId: stringProperty,
    source: { type: "string", enum: Object.values(ScoreSource) },
    isFavorite: booleanProperty,
    lastOpenedAt: instantProperty,
    readingState: {
      type: "object",
      properties: { pageIndex: integerProperty },
      required: ["pageIndex"],
      additionalProperties: false,
    },
  },
  required: [...baseRequired, "title", "tags", "source", "isFavorite"],
  indexes: ["title"],
  additionalProperties: false,
} as const;
