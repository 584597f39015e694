/**
 * The first pull of a collection into this browser (RxDB asks from checkpoint `null`), written
 * straight into the collection's storage. ADR 0007 explains the why and the rules; in short:
 *
 * RxDB's downstream spends, for every pulled document, a read of the collection, a read of the
 * replication's meta store, a write to each (and each write reads first). Into an empty browser
 * that is four IndexedDB reads and two writes per document, and 10,000 entries took 9 s. Here
 * each page is one insert-only write of the collection, made with RxDB's own downstream write
 * context and origin marker (`_meta.o`), so RxDB's protocol treats every document exactly as one
 * it pulled itself whose meta write has not happened yet: the upstream does not push it back,
 * a later server change to it is pulled as usual, and a local edit of it is pushed (the server
 * merges). The next page is fetched while the current one is written.
 *
 * A document this browser already has (made before sign-in, or kept from an interrupted first
 * pull) is not touched: it goes back to RxDB with the final page, and RxDB's downstream merges
 * it as always. So does the last document, so that RxDB stores the final checkpoint.
 */
import type { SyncedDocument } from "@mirubato/domain";
import type { SyncCheckpoint } from "@mirubato/sync-protocol";
import {
  createRevision,
  getHeightOfRevision,
  now,
  type RxCollection,
  type RxStorageBulkWriteResponse,
} from "rxdb";
import type { RxReplicationState } from "rxdb/plugins/replication";

export interface PullPage<Doc> {
  readonly documents: Doc[];
  readonly checkpoint: SyncCheckpoint;
}

export type FetchPage<Doc> = (checkpoint: SyncCheckpoint | null, limit: number) => Promise<PullPage<Doc>>;

/** What survives a failed page: the next attempt goes on from here instead of from the start. */
interface Progress<Doc> {
  checkpoint: SyncCheckpoint | null;
  last: Doc | undefined;
  /** Documents this browser already had, for RxDB's downstream (the latest version of each). */
  readonly alreadyHere: Map<string, Doc>;
}

/**
 * Returns the handler of RxDB's pull from checkpoint `null`: it stores every page up to the end
 * and answers with the documents RxDB must still handle and the final checkpoint.
 *
 * @example
 * const firstPull = createFirstPull(collection, () => replication, (checkpoint, limit) => client.pull(checkpoint, limit));
 * pull.handler = (checkpoint, limit) => (checkpoint === null ? firstPull(limit) : client.pull(checkpoint, limit));
 */
export function createFirstPull<Doc extends SyncedDocument>(
  collection: RxCollection<Doc>,
  replicationOf: () => RxReplicationState<Doc, SyncCheckpoint> | undefined,
  fetchPage: FetchPage<Doc>,
): (limit: number) => Promise<PullPage<Doc>> {
  let progress: Progress<Doc> | undefined;

  return async (limit) => {
    const state = replicationOf()?.internalReplicationState;
    if (state === undefined) return fetchPage(null, limit);
    const isStopped = () => state.events.canceled.getValue() || state.events.paused.getValue();
    const context = await state.downstreamBulkWriteFlag;
    const origin = { _rev: 1, hash: await originHashOf(state.input) };
    const run: Progress<Doc> = progress ?? { checkpoint: null, last: undefined, alreadyHere: new Map() };
    progress = run;

    let next = fetchPage(run.checkpoint, limit);
    for (;;) {
      const page = await next;
      const isLastPage = page.documents.length < limit;
      if (!isLastPage) {
        next = fetchPage(page.checkpoint, limit);
        // Awaited on the next turn; this only keeps an early failure from counting as unhandled.
        next.catch(() => undefined);
      }
      if (isStopped()) return { documents: [], checkpoint: page.checkpoint };
      const alreadyHere = await insertPage(collection, page.documents, context, origin);
      for (const doc of alreadyHere) run.alreadyHere.set(doc.id, doc);
      run.checkpoint = page.checkpoint;
      run.last = page.documents.at(-1) ?? run.last;
      if (isLastPage) {
        progress = undefined;
        const documents = [...run.alreadyHere.values()];
        if (run.last !== undefined && !run.alreadyHere.has(run.last.id)) documents.push(run.last);
        return { documents, checkpoint: page.checkpoint };
      }
    }
  };
}

/**
 * Inserts one page as RxDB's downstream would store documents new to this browser, minus the
 * meta write. Returns the documents that were already here (the storage's 409 per row).
 */
async function insertPage<Doc extends SyncedDocument>(
  collection: RxCollection<Doc>,
  documents: readonly Doc[],
  context: string,
  origin: { _rev: number; hash: string },
): Promise<Doc[]> {
  if (documents.length === 0) return [];
  const lwt = now();
  const revision = createRevision(collection.database.token);
  const rows = documents.map((doc) => ({
    document: {
      ...doc,
      _deleted: doc._deleted === true,
      _attachments: {},
      _rev: revision,
      _meta: { lwt, o: origin },
    },
  }));
  // The collection's own instance would reset `_meta` on insert and drop the origin marker.
  const storage = collection.storageInstance.originalStorageInstance;
  const result: RxStorageBulkWriteResponse<Doc> = await collection.database.lockedRun(() =>
    storage.bulkWrite(rows, context),
  );
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const alreadyHere: Doc[] = [];
  for (const error of result.error) {
    const doc = byId.get(error.documentId);
    if (error.status !== 409 || doc === undefined) throw storageWriteError(error);
    alreadyHere.push(doc);
  }
  return alreadyHere;
}

function storageWriteError(error: { documentId: string; status: number }): Error {
  return new Error(`first pull: storing ${error.documentId} failed (${error.status})`);
}

/** The hash RxDB puts in a replication's origin marker (`_meta.o.hash`): its identifier's hash. */
export function originHashOf(input: {
  readonly identifier: string;
  readonly hashFunction: (text: string) => Promise<string>;
}): Promise<string> {
  return input.hashFunction(input.identifier);
}

/**
 * Whether a stored document is the server's state as far as RxDB's protocol can tell without a
 * meta row: it carries this replication's origin marker and no local write came after it (RxDB's
 * own rule in its downstream). True for what the first pull stored and nobody changed since.
 */
export function holdsServerStateByOrigin(
  document: { readonly _rev: string; readonly _meta: Readonly<Record<string, unknown>> },
  originHash: string,
): boolean {
  const origin = document._meta.o as { hash?: unknown; _rev?: unknown } | undefined;
  return origin?.hash === originHash && origin._rev === getHeightOfRevision(document._rev);
}
