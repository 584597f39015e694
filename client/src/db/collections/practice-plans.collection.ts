import { collectionSchemaVersions, PlanStatus, RecurrenceFrequency } from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  idArrayProperty,
  idProperty,
  integerProperty,
  localDateProperty,
  stringArrayProperty,
  stringProperty,
} from "./schema-parts";

const singleSchedule = {
  type: "object",
  properties: {
    kind: { type: "string", const: "single" },
    date: localDateProperty,
    startTime: stringProperty,
  },
  required: ["kind", "date"],
  additionalProperties: false,
} as const;

const recurringSchedule = {
  type: "object",
  properties: {
    kind: { type: "string", const: "recurring" },
    frequency: { type: "string", enum: Object.values(RecurrenceFrequency) },
    interval: integerProperty,
    daysOfWeek: { type: "array", items: integerProperty },
    startDate: localDateProperty,
    startTime: stringProperty,
    count: integerProperty,
    until: localDateProperty,
  },
  required: ["kind", "frequency", "interval", "daysOfWeek", "startDate"],
  additionalProperties: false,
} as const;

/** RxDB schema of `practice_plans`. */
export const practicePlansSchema = {
  version: collectionSchemaVersions.practice_plans,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    title: stringProperty,
    description: stringProperty,
    timeZone: stringProperty,
    schedule: { oneOf: [singleSchedule, recurringSchedule] },
    segments: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: idProperty,
          label: stringProperty,
          minutes: integerProperty,
          pieceIds: idArrayProperty,
          techniques: stringArrayProperty,
          tempoTargets: {
            type: "array",
            items: {
              type: "object",
              properties: { pieceId: idProperty, tempoBpm: integerProperty },
              required: ["tempoBpm"],
              additionalProperties: false,
            },
          },
          startTempoBpm: integerProperty,
        },
        required: ["id", "label", "minutes", "pieceIds", "techniques", "tempoTargets"],
        additionalProperties: false,
      },
    },
    reflectionPrompts: stringArrayProperty,
    status: { type: "string", enum: Object.values(PlanStatus), maxLength: 16 },
  },
  required: [
    ...baseRequired,
    "title",
    "description",
    "timeZone",
    "schedule",
    "segments",
    "reflectionPrompts",
    "status",
  ],
  indexes: [["status", "id"]],
  additionalProperties: false,
} as const;
