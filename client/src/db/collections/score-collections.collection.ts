import { collectionSchemaVersions, ScoreCollectionKind } from "@mirubato/schema";
import { baseProperties, baseRequired, idArrayProperty, stringProperty } from "./schema-parts";

/** RxDB schema of `score_collections` (collections and setlists), listed by name. */
export const scoreCollectionsSchema = {
  version: collectionSchemaVersions.score_collections,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    name: { type: "string", maxLength: 200 },
    kind: { type: "string", enum: Object.values(ScoreCollectionKind) },
    description: stringProperty,
    scoreIds: idArrayProperty,
  },
  required: [...baseRequired, "name", "kind", "description", "scoreIds"],
  indexes: ["name"],
  additionalProperties: false,
} as const;
