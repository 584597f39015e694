import { collectionSchemaVersions, PieceStatus } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  idArrayProperty,
  integerProperty,
  stringProperty,
} from "./schema-parts";

/** RxDB schema of `pieces` (repertoire); indexed by title for the repertoire list. */
export const piecesSchema = {
  version: collectionSchemaVersions.pieces,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    title: { type: "string", maxLength: 300 },
    composer: stringProperty,
    catalogue: stringProperty,
    instrument: stringProperty,
    status: { type: "string", enum: Object.values(PieceStatus) },
    statusHistory: {
      type: "array",
      items: {
        type: "object",
        properties: {
          status: { type: "string", enum: Object.values(PieceStatus) },
          changedAt: stringProperty,
        },
        required: ["status", "changedAt"],
        additionalProperties: false,
      },
    },
    difficulty: integerProperty,
    targetTempoBpm: integerProperty,
    notes: stringProperty,
    links: {
      type: "array",
      items: {
        type: "object",
        properties: { url: stringProperty, label: stringProperty },
        required: ["url"],
        additionalProperties: false,
      },
    },
    scoreIds: idArrayProperty,
  },
  required: [...baseRequired, "title", "instrument", "status", "statusHistory", "notes", "links", "scoreIds"],
  indexes: ["title"],
  additionalProperties: false,
} as const;
