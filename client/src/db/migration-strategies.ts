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
export function toRxMigrationStrategies<Doc>(
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
      // RxDB takes `_deleted` out of the document before a strategy runs and puts the stored value
      // back afterwards; the synced shape requires it, so the strategy sees a placeholder that RxDB
      // then overwrites (tombstone or not, the document's validity is the same).
      const isDeletedKnown = fields.has("_deleted");
      if (!isDeletedKnown) fields.set("_deleted", false);
      const migrated = schema.parse(strategy(Object.fromEntries(fields)));
      const { _deleted, ...rest } = { ...migrated, ...Object.fromEntries(kept) };
      return isDeletedKnown ? { ...rest, _deleted } : rest;
    };
  }
  return result;
}
