import { collectionSchemaVersions, OccurrenceStatus } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  idProperty,
  instantProperty,
  integerProperty,
  localDateProperty,
  stringProperty,
} from "./schema-parts";

/** RxDB schema of `plan_occurrences`: looked up by plan and by day (Today's plan). */
export const planOccurrencesSchema = {
  version: collectionSchemaVersions.plan_occurrences,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    planId: idProperty,
    localDate: localDateProperty,
    scheduledStart: instantProperty,
    scheduledEnd: instantProperty,
    status: { type: "string", enum: Object.values(OccurrenceStatus) },
    checkInResponses: {
      type: "array",
      items: {
        type: "object",
        properties: { prompt: stringProperty, response: stringProperty },
        required: ["prompt", "response"],
        additionalProperties: false,
      },
    },
    entryId: idProperty,
    note: stringProperty,
    segmentTempos: {
      type: "array",
      items: {
        type: "object",
        properties: { segmentId: idProperty, tempoBpm: integerProperty },
        required: ["segmentId", "tempoBpm"],
        additionalProperties: false,
      },
    },
  },
  required: [
    ...baseRequired,
    "planId",
    "localDate",
    "scheduledStart",
    "scheduledEnd",
    "status",
    "checkInResponses",
  ],
  indexes: [
    ["planId", "localDate"],
    ["localDate", "scheduledStart"],
  ],
  additionalProperties: false,
} as const;
