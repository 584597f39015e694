import {
  collectionSchemaVersions,
  GoalKind,
  GoalPeriod,
  GoalStatus,
  GoalUnit,
  PieceStatus,
} from "@mirubato/schema";
import {
  baseProperties,
  baseRequired,
  booleanProperty,
  idProperty,
  localDateProperty,
  numberProperty,
  stringProperty,
} from "./schema-parts";

/** RxDB schema of `goals`; the goals page groups by status. */
export const goalsSchema = {
  version: collectionSchemaVersions.goals,
  primaryKey: "id",
  type: "object",
  properties: {
    ...baseProperties,
    title: stringProperty,
    kind: { type: "string", enum: Object.values(GoalKind) },
    targetValue: numberProperty,
    targetUnit: { type: "string", enum: Object.values(GoalUnit) },
    targetStatus: { type: "string", enum: Object.values(PieceStatus) },
    period: { type: "string", enum: Object.values(GoalPeriod) },
    pieceId: idProperty,
    targetDate: localDateProperty,
    status: { type: "string", enum: Object.values(GoalStatus), maxLength: 16 },
    milestones: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: idProperty,
          title: stringProperty,
          targetDate: localDateProperty,
          isDone: booleanProperty,
        },
        required: ["id", "title", "isDone"],
        additionalProperties: false,
      },
    },
  },
  required: [...baseRequired, "title", "kind", "targetValue", "targetUnit", "period", "status", "milestones"],
  indexes: [["status", "id"]],
  additionalProperties: false,
} as const;
