import type { MigrationStrategies as DomainStrategies } from "@mirubato/schema";
import type { MigrationStrategies } from "rxdb";
import type { z } from "zod";

// RxDB hands strategies the stored data with its own bookkeeping fields; the domain strategies and
// the strict zod schemas know only the synced shape, so those fields are set aside and restored.
const storageFields = ["_attachments", "_rev", "_meta"] as const;

/**
 * Adapts a collection's domain migration strategies to RxDB: each one's output is parsed with the
 * collection's zod schema, so a faulty strategy fails the migration instead of storing a document
 * the server would reject forever.
 *
 * @example
 * migrationStrategies: toRxMigrationStrategies(collectionMigrations.pieces, pieceSchema)
 */
export function toRxMigrationStrategies<Doc extends object>(
  strategies: DomainStrategies<Doc>,
  schema: z.ZodType<Doc>,
): MigrationStrategies {
  const result: MigrationStrategies = {};
  for (const [version, strategy] of Object.entries(strategies)) {
    result[Number(version)] = (oldDoc: unknown) => {
      const fields = new Map<string, unknown>(Object.entries(oldDoc ?? {}));
      const kept = new Map<string, unknown>();
      for (const field of storageFields) {
        if (fields.has(field)) kept.set(field, fields.get(field));
        fields.delete(field);
      }
      // RxDB takes `_deleted` out before running strategies and puts the stored value back after,
      // so a strategy never decides deletion. The synced schema requires the field: a stand-in
      // lets the strategy parse, and is dropped again so RxDB's own value is the one kept.
      const isDeletedHidden = !fields.has("_deleted");
      if (isDeletedHidden) fields.set("_deleted", false);
      const migrated = new Map<string, unknown>(
        Object.entries(schema.parse(strategy(Object.fromEntries(fields)))),
      );
      if (isDeletedHidden) migrated.delete("_deleted");
      return { ...Object.fromEntries(migrated), ...Object.fromEntries(kept) };
    };
  }
  return result;
}
