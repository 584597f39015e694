/**
 * Undoing a delete. A delete is a stamped tombstone (`_deleted: true`, see `repository.ts`), and
 * RxDB queries no longer see it, so `updateDocument` cannot reach it. Restoring reads the
 * tombstone itself from storage and writes it back with `_deleted: false` stamped by a fresh tick
 * of the device clock, above the tombstone's stamp. Nothing else changes: the id, `createdAt` and
 * every field's value and stamp stay as they were, so edits another device made meanwhile are
 * kept, and the restore beats the delete on every device once it syncs (per-field HLC merge).
 *
 * The write names the exact stored revision it read; if a pull or another tab changed the
 * tombstone in between, storage refuses it (409) and the restore starts again from the new state.
 */
import { type HlcClock, stampChange } from "@mirubato/domain";
import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import type { RxDocumentData } from "rxdb";
import { zodSchemaOf } from "./collections/collection-registry";
import { collectionOf, type MirubatoDatabase } from "./database-types";
import type { PatchOf, RepositoryOptions, WriteResult } from "./repository";
import { isStorageFullError } from "./storage-errors";

/** Writes that lose a race with another writer this many times in a row give up (never seen in practice). */
const maxAttempts = 5;

export type RestoreDocument = <Name extends CollectionName>(
  collection: Name,
  id: string,
) => Promise<WriteResult<CollectionDoc<Name>>>;

const storageFields = new Set(["_meta", "_rev", "_attachments"]);

/** The stored revision's storage fields on the new content (RxDB derives the next revision from them). */
function withStorageFields<Doc extends { _deleted: boolean }>(
  doc: Doc,
  stored: RxDocumentData<Doc>,
): RxDocumentData<Doc> {
  return { ...doc, _meta: stored._meta, _rev: stored._rev, _attachments: stored._attachments };
}

function withoutStorageFields(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([field]) => !storageFields.has(field)));
}

/**
 * Creates the restore write for one database and device clock (the same clock the repository
 * stamps with, or another instance over the same saved state: `createDeviceClock` shares it).
 *
 * @example
 * const restoreDocument = createDocumentRestorer(database, createDeviceClock(localStorage));
 * const result = await restoreDocument("practice_entries", entry.id); // the entry is back
 */
export function createDocumentRestorer(
  database: MirubatoDatabase,
  clock: HlcClock,
  options: RepositoryOptions = {},
): RestoreDocument {
  return async <Name extends CollectionName>(
    name: Name,
    id: string,
  ): Promise<WriteResult<CollectionDoc<Name>>> => {
    const schema = zodSchemaOf(name);
    const storage = collectionOf(database, name).storageInstance;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const [stored] = await storage.findDocumentsById([id], true);
      if (stored === undefined) {
        return { ok: false, error: { code: "not_found", message: `${name}/${id} does not exist` } };
      }
      const current = schema.safeParse(withoutStorageFields(stored));
      if (!current.success) {
        return { ok: false, error: { code: "invalid_document", message: current.error.message } };
      }
      // Already live (restored twice, or un-deleted by another device): nothing to write.
      if (!current.data._deleted) return { ok: true, document: current.data };
      // `_deleted` is in every collection's patch type; TypeScript cannot show it for a generic name.
      const restored = schema.safeParse(
        stampChange(current.data, { _deleted: false } as PatchOf<Name>, clock),
      );
      if (!restored.success) {
        return { ok: false, error: { code: "invalid_document", message: restored.error.message } };
      }
      const document = withStorageFields<CollectionDoc<Name>>(restored.data, stored);
      try {
        // RxDB's storage wrapper sets the new revision and write time from `previous`.
        const result = await storage.bulkWrite([{ previous: stored, document }], "restore-document");
        const refused = result.error[0];
        if (refused === undefined) return { ok: true, document: restored.data };
        if (refused.status !== 409) {
          return {
            ok: false,
            error: { code: "invalid_document", message: `storage refused the write (${refused.status})` },
          };
        }
      } catch (error) {
        if (!isStorageFullError(error)) throw error;
        options.onStorageFull?.();
        return { ok: false, error: { code: "storage_full", message: "the browser's storage is full" } };
      }
    }
    throw new Error(`restoring ${name}/${id} kept conflicting with other writes`);
  };
}
