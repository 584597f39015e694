import { collectionSchemaVersions, StampKind } from "@mirubato/schema";
import { baseProperties, baseRequired, idProperty, numberProperty, stringProperty } from "./schema-parts";

const strokeMark = {
  type: "object",
  properties: {
    kind: { type: "string", const: "stroke" },
    points: {
      type: "array",
      items: { type: "array", items: [numberProperty, numberProperty], minItems: 2, maxItems: 2 },
    },
    color: stringProperty,
    widthRatio: numberProperty,
  },
  required: ["kind", "points", "color", "widthRatio"],
  additionalProperties: false,
} as const;

const textMark = {
  type: "object",
  properties: {
    kind: { type: "string", const: "text" },
    x: numberProperty,
    y: numberProperty,
    text: stringProperty,
    color: stringProperty,
  },
  required: ["kind", "x", "y", "text", "color"],
  additionalProperties: false,
} as const;

const stampMark = {
  type: "object",
  properties: {
    kind: { type: "string", const: "stamp" },
    x: numberProperty,
    y: numberProperty,
    stamp: { type: "string", enum: Object.values(StampKind) },
    label: stringProperty,
  },
  required: ["kind", "x", "y", "stamp"],
  additionalProperties: false,
} as const;

/** RxDB schema of `annotations`: one mark per document, loaded per score page. */
export const annotationsSchema = {
  version: collectionSchemaVersions.annotations,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    scoreId: idProperty,
    pageIndex: { type: "integer", minimum: 0, maximum: 9999, multipleOf: 1 },
    layer: stringProperty,
    mark: { oneOf: [strokeMark, textMark, stampMark] },
  },
  required: [...baseRequired, "scoreId", "pageIndex", "layer", "mark"],
  indexes: [["scoreId", "pageIndex"]],
  additionalProperties: false,
} as const;
