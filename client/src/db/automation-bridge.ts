/**
 * `window.__mirubato`: a small window for automation (the Playwright partition kit in `e2e/kit/`
 * and `scripts/bench-sync.mjs`) onto this browser's local database, so tests can compare a
 * device's state with the server's. Installed by `DatabaseProvider` once the database is open;
 * it is loaded lazily with it and holds nothing the page's own scripts could not read from
 * IndexedDB anyway. Writes go through the repository, exactly as the UI's do.
 */
import { isJsonEqual } from "@mirubato/domain";
import { type CollectionName, collectionNameSchema } from "@mirubato/schema";
import { getChangedDocumentsSince, type RxCollection, type RxDocumentData } from "rxdb";
import { REPLICATION_STATE_BY_COLLECTION } from "rxdb/plugins/replication";
import { holdsServerStateByOrigin, originHashOf } from "../sync/first-pull";
import { collectionOf, type MirubatoDatabase } from "./database-types";
import type { LocalDatabase } from "./open-local-database";
import type { ContentOf, PatchOf } from "./repository";

type PlainDocument = Record<string, unknown>;

/** What replication has not yet had acknowledged by the server, per collection. */
export interface PendingSnapshot {
  readonly isLeader: boolean;
  /** The text of the "Sync status" region, as the user reads it (`null` before it renders). */
  readonly statusText: string | null;
  /** Documents whose local state differs from the server state replication last saw. */
  readonly total: number;
  readonly collections: Readonly<
    Record<string, { readonly isReplicating: boolean; readonly unpushedIds: readonly string[] }>
  >;
}

export interface AutomationBridge {
  /** Every document of a collection, tombstones included, without RxDB's storage fields, by id. */
  dump(collection: string): Promise<PlainDocument[]>;
  /** How many live (not deleted) documents the collection holds: cheap enough to poll. */
  count(collection: string): Promise<number>;
  pending(): Promise<PendingSnapshot>;
  create(collection: string, content: unknown): Promise<PlainDocument>;
  update(collection: string, id: string, patch: unknown): Promise<PlainDocument>;
  remove(collection: string, id: string): Promise<PlainDocument>;
}

declare global {
  interface Window {
    __mirubato?: AutomationBridge;
  }
}

const storageFields = new Set(["_meta", "_rev", "_attachments"]);

function plain(data: object): PlainDocument {
  return Object.fromEntries(Object.entries(data).filter(([field]) => !storageFields.has(field)));
}

function nameOf(collection: string): CollectionName {
  return collectionNameSchema.parse(collection);
}

type StoredDocument = RxDocumentData<PlainDocument>;

/** Every stored document of a collection, tombstones included, with RxDB's storage fields, by id. */
async function readAll(collection: RxCollection): Promise<StoredDocument[]> {
  const documents: StoredDocument[] = [];
  let checkpoint: unknown;
  for (;;) {
    const page = await getChangedDocumentsSince<PlainDocument, unknown>(
      collection.storageInstance,
      1000,
      checkpoint,
    );
    if (page.documents.length === 0) break;
    documents.push(...page.documents);
    checkpoint = page.checkpoint;
  }
  return documents.sort((a, b) => idOf(a).localeCompare(idOf(b)));
}

/**
 * The documents whose stored state differs from the server state replication last saw: its meta
 * row, or for what the first pull stored (no meta row yet), the origin marker RxDB goes by.
 */
async function unpushedIdsOf(collection: RxCollection, documents: readonly StoredDocument[]) {
  const replication = REPLICATION_STATE_BY_COLLECTION.get(collection)?.find((state) => !state.isStopped());
  const metaInstance = replication?.metaInstance;
  const state = replication?.internalReplicationState;
  // Not replicating (signed out, or another tab leads): nothing here was acknowledged by this tab.
  if (metaInstance === undefined || state === undefined)
    return { isReplicating: false, unpushedIds: documents.map(idOf) };
  const originHash = await originHashOf(state.input);
  const metas = await metaInstance.findDocumentsById(
    documents.map((document) => `${idOf(document)}|0`),
    true,
  );
  const masters = new Map(metas.map((meta) => [meta.itemId, meta.docData]));
  const unpushedIds = documents
    .filter((document) => {
      const master = masters.get(idOf(document));
      if (master === undefined) return !holdsServerStateByOrigin(document, originHash);
      return !isJsonEqual(plain(master), plain(document));
    })
    .map(idOf);
  return { isReplicating: true, unpushedIds };
}

function idOf(document: PlainDocument): string {
  return String(document.id);
}

function unwrap(result: { ok: true; document: object } | { ok: false; error: { message: string } }) {
  if (!result.ok) throw new Error(result.error.message);
  return plain(result.document);
}

function createBridge(database: MirubatoDatabase, local: LocalDatabase): AutomationBridge {
  const { repository } = local;
  return {
    dump: async (collection) => (await readAll(collectionOf(database, nameOf(collection)))).map(plain),
    count: (collection) => collectionOf(database, nameOf(collection)).count().exec(),
    async pending() {
      const collections: Record<string, { isReplicating: boolean; unpushedIds: string[] }> = {};
      for (const [name, collection] of Object.entries(database.collections)) {
        collections[name] = await unpushedIdsOf(collection, await readAll(collection));
      }
      const status = document.querySelector('[role="status"][aria-label="Sync status"]');
      return {
        isLeader: database.isLeader(),
        statusText: status?.textContent ?? null,
        total: Object.values(collections).reduce((sum, { unpushedIds }) => sum + unpushedIds.length, 0),
        collections,
      };
    },
    // The repository validates content and patches with the collection's zod schema.
    create: async (collection, content) =>
      unwrap(await repository.createDocument(nameOf(collection), content as ContentOf<CollectionName>)),
    update: async (collection, id, patch) =>
      unwrap(await repository.updateDocument(nameOf(collection), id, patch as PatchOf<CollectionName>)),
    remove: async (collection, id) => unwrap(await repository.deleteDocument(nameOf(collection), id)),
  };
}

/**
 * Puts the bridge on `window.__mirubato` and hands the local database on unchanged, so it can sit
 * in the promise chain that opens the database.
 */
export function installAutomationBridge(local: LocalDatabase): LocalDatabase {
  window.__mirubato = createBridge(local.database, local);
  return local;
}
