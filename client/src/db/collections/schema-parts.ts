/**
 * JSON-schema fragments shared by the collection literals. Each is `as const` so RxDB can derive
 * document types; bounds mirror @mirubato/schema (the zod schemas stay the validators of record).
 */

/** UUIDv7 ids: 36 characters, indexable. */
export const idProperty = { type: "string", maxLength: 36 } as const;

/** UTC ISO instants with milliseconds: 24 characters, indexable. */
export const instantProperty = { type: "string", maxLength: 24 } as const;

/** Local dates (YYYY-MM-DD): 10 characters, indexable. */
export const localDateProperty = { type: "string", maxLength: 10 } as const;

export const stringProperty = { type: "string" } as const;
export const integerProperty = { type: "integer" } as const;
export const numberProperty = { type: "number" } as const;
export const booleanProperty = { type: "boolean" } as const;
export const stringArrayProperty = { type: "array", items: { type: "string" } } as const;
export const idArrayProperty = { type: "array", items: idProperty } as const;

/** Every document's base fields (see `documentBaseShape` in @mirubato/schema). */
export const baseProperties = {
  id: idProperty,
  createdAt: instantProperty,
  updatedAt: instantProperty,
  _deleted: booleanProperty,
  clocks: { type: "object", additionalProperties: { type: "string" } },
} as const;

export const baseRequired = ["id", "createdAt", "updatedAt", "_deleted", "clocks"] as const;
