/**
 * The only way features write synced documents. Every write is stamped with the device clock
 * (per-field HLC stamps, ADR 0002), validated with the collection's zod schema (RxDB's own
 * validator runs in dev only, and an invalid document would be rejected by the server forever),
 * and committed locally: nothing here waits for the network.
 */
import {
  type DocumentContent,
  type DocumentPatch,
  type HlcClock,
  stampChange,
  createDocument as stampNewDocument,
} from "@mirubato/domain";
import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { zodSchemaOf } from "./collections/collection-registry";
import { collectionOf, type MirubatoDatabase } from "./database-types";
import type { PendingWrites } from "./pending-writes";
import { isStorageFullError } from "./storage-errors";

export type WriteError =
  | { readonly code: "invalid_document"; readonly message: string }
  | { readonly code: "not_found"; readonly message: string }
  | { readonly code: "storage_full"; readonly message: string };

export type WriteResult<Doc> =
  | { readonly ok: true; readonly document: Doc }
  | { readonly ok: false; readonly error: WriteError };

export type ContentOf<Name extends CollectionName> = DocumentContent<CollectionDoc<Name>>;
export type PatchOf<Name extends CollectionName> = DocumentPatch<CollectionDoc<Name>>;

/** Local writes bound to one database and device clock; see {@link createRepository}. */
export interface Repository {
  createDocument<Name extends CollectionName>(
    collection: Name,
    content: ContentOf<Name>,
    options?: { readonly id?: string },
  ): Promise<WriteResult<CollectionDoc<Name>>>;
  updateDocument<Name extends CollectionName>(
    collection: Name,
    id: string,
    patch: PatchOf<Name>,
  ): Promise<WriteResult<CollectionDoc<Name>>>;
  /** Writes a stamped tombstone (`_deleted: true`), which replicates like any change. */
  deleteDocument<Name extends CollectionName>(
    collection: Name,
    id: string,
  ): Promise<WriteResult<CollectionDoc<Name>>>;
}

export interface RepositoryOptions {
  /** Called when the browser refuses a write for lack of space, so the sync status can say so. */
  readonly onStorageFull?: () => void;
  /** Where a new document is shown from validation until its write settles (see pending-writes.ts). */
  readonly pendingWrites?: PendingWrites;
}

class InvalidDocumentError extends Error {}

const storageFields = ["_meta", "_rev", "_attachments"] as const;

function splitStorageFields(data: object): {
  synced: Record<string, unknown>;
  storage: Record<string, unknown>;
} {
  const synced: Record<string, unknown> = { ...data };
  const storage: Record<string, unknown> = {};
  for (const field of storageFields) {
    if (Object.hasOwn(synced, field)) storage[field] = synced[field];
    delete synced[field];
  }
  return { synced, storage };
}

/**
 * Creates the repository the feature hooks use.
 *
 * @example
 * const repository = createRepository(database, clock);
 * const result = await repository.updateDocument("pieces", id, { targetTempoBpm: 96 });
 * if (!result.ok) showError(result.error.code);
 */
export function createRepository(
  database: MirubatoDatabase,
  clock: HlcClock,
  options: RepositoryOptions = {},
): Repository {
  const failed = <Doc>(error: unknown): WriteResult<Doc> => {
    if (error instanceof InvalidDocumentError) {
      return { ok: false, error: { code: "invalid_document", message: error.message } };
    }
    if (isStorageFullError(error)) {
      options.onStorageFull?.();
      return { ok: false, error: { code: "storage_full", message: "the browser's storage is full" } };
    }
    throw error;
  };
  const validate = <Name extends CollectionName>(name: Name, candidate: unknown): CollectionDoc<Name> => {
    const parsed = zodSchemaOf(name).safeParse(candidate);
    if (!parsed.success) throw new InvalidDocumentError(parsed.error.message);
    return parsed.data;
  };
  const modify = async <Name extends CollectionName>(name: Name, id: string, patch: PatchOf<Name>) => {
    const found = await collectionOf(database, name).findOne(id).exec();
    if (found === null) {
      return { ok: false, error: { code: "not_found", message: `${name}/${id} does not exist` } } as const;
    }
    // Each version the modifier stamps is pending until the write settles (it may run twice).
    const settles: ((isWritten: boolean) => void)[] = [];
    const settle = (isWritten: boolean) => {
      for (const settleOne of settles) settleOne(isWritten);
    };
    try {
      // incrementalModify re-runs the stamping on the latest stored state, so a write racing with a
      // pulled change or another tab never overwrites it with a stale copy.
      const written = await found.incrementalModify((data) => {
        const { synced, storage } = splitStorageFields(data);
        const current = validate(name, synced);
        const next = validate(name, stampChange(current, patch, clock));
        const tracked = options.pendingWrites?.track(name, next);
        if (tracked) settles.push(tracked);
        return { ...next, ...storage };
      });
      settle(true);
      return { ok: true, document: validate(name, splitStorageFields(written.toJSON(true)).synced) } as const;
    } catch (error) {
      settle(false);
      return failed<CollectionDoc<Name>>(error);
    }
  };
  return {
    async createDocument(name, content, createOptions = {}) {
      let settle: ((isWritten: boolean) => void) | undefined;
      try {
        const document = validate(name, stampNewDocument(content, clock, createOptions));
        settle = options.pendingWrites?.track(name, document);
        await collectionOf(database, name).insert(document);
        settle?.(true);
        return { ok: true, document };
      } catch (error) {
        settle?.(false);
        return failed(error);
      }
    },
    updateDocument: (name, id, patch) => modify(name, id, patch),
    deleteDocument: (name, id) => modify(name, id, { _deleted: true } as PatchOf<typeof name>),
  };
}
