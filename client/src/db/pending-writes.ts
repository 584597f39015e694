import { compareStamps } from "@mirubato/domain";
import type { CollectionDoc, CollectionName } from "@mirubato/schema";

/**
 * Documents this tab has just written (created, changed or deleted), for views that must show a
 * save within a frame.
 *
 * A local write is durable once IndexedDB commits it, and a live query sees it a moment later:
 * together 15–40 ms, more than a frame. The repository tracks each new document here from the
 * moment it is validated until its write has settled, and a view merges the pending documents into
 * its query result, so the musician's own save shows at once. For an id both hold, the query's
 * document wins as soon as it holds the pending change (every field stamp at least as new: it is
 * the stored write, or a newer one from sync); until then the pending one shows. A failed write
 * disappears at once; a written one stays a short while (`lingerMs`), until every query has seen it.
 */
export interface PendingWrites {
  /**
   * Shows `document` among the collection's pending documents; call the returned function when the
   * write has settled: `true` once it is stored, `false` when it failed.
   */
  track<Name extends CollectionName>(
    collection: Name,
    document: CollectionDoc<Name>,
  ): (isWritten: boolean) => void;
  /** The collection's pending documents, oldest first: the same array until they change. */
  documentsOf<Name extends CollectionName>(collection: Name): readonly CollectionDoc<Name>[];
  subscribe(listener: () => void): () => void;
}

export interface PendingWritesOptions {
  /** How long a stored document stays pending, for the live queries to catch up. */
  readonly lingerMs?: number;
  readonly setTimer?: (run: () => void, ms: number) => unknown;
}

const noDocuments: readonly never[] = [];

/**
 * @example
 * const pending = createPendingWrites();
 * const settle = pending.track("practice_entries", entry);
 * await collection.insert(entry).then(() => settle(true), () => settle(false));
 */
export function createPendingWrites(options: PendingWritesOptions = {}): PendingWrites {
  const lingerMs = options.lingerMs ?? 2000;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const byCollection = new Map<CollectionName, readonly CollectionDoc<CollectionName>[]>();
  const listeners = new Set<() => void>();

  const change = (collection: CollectionName, next: readonly CollectionDoc<CollectionName>[]) => {
    if (next.length === 0) byCollection.delete(collection);
    else byCollection.set(collection, next);
    for (const listener of listeners) listener();
  };

  return {
    track(collection, document) {
      change(collection, [...(byCollection.get(collection) ?? []), document]);
      let isSettled = false;
      const remove = () =>
        change(
          collection,
          (byCollection.get(collection) ?? []).filter((pending) => pending !== document),
        );
      return (isWritten) => {
        if (isSettled) return;
        isSettled = true;
        if (isWritten) setTimer(remove, lingerMs);
        else remove();
      };
    },
    documentsOf<Name extends CollectionName>(collection: Name) {
      return (byCollection.get(collection) ?? noDocuments) as readonly CollectionDoc<Name>[];
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface Stamped {
  readonly id: string;
  readonly clocks: Readonly<Record<string, string>>;
}

/** Whether `stored` already holds `pending`'s change: each of its field stamps is at least as new. */
export function holdsPendingChange(stored: Stamped, pending: Stamped): boolean {
  return Object.entries(pending.clocks).every(
    ([field, stamp]) => compareStamps(stored.clocks[field] ?? "", stamp) >= 0,
  );
}

/** How a view places documents: which belong in it, and in which order. */
export interface PendingView<Doc> {
  /** Whether a pending version belongs in the view (not deleted, in its range, matching it). */
  shows(document: Doc): boolean;
  /** The view's order: negative when `a` comes before `b`. */
  compare(a: Doc, b: Doc): number;
}

/**
 * A view's stored documents (in its order) with pending writes applied. A document the view
 * holds stays once it holds the newest pending change for its id; until then that pending version
 * takes its place when the view shows it, or removes it (deleted, out of range, no longer
 * matching). A pending document the view does not hold is added where it belongs when shown.
 * Returns `documents` itself when nothing changes.
 *
 * @example
 * applyPendingWrites(entries, pending, { shows: (entry) => !entry._deleted, compare: newestFirst });
 */
export function applyPendingWrites<Doc extends Stamped>(
  documents: readonly Doc[],
  pending: readonly Doc[],
  view: PendingView<Doc>,
): readonly Doc[] {
  if (pending.length === 0) return documents;
  // The last version tracked for an id is its newest.
  const unseen = new Map(pending.map((document) => [document.id, document]));
  let isChanged = false;
  const kept = documents.filter((document) => {
    const change = unseen.get(document.id);
    if (change === undefined) return true;
    if (holdsPendingChange(document, change)) {
      unseen.delete(document.id);
      return true;
    }
    isChanged = true;
    return false;
  });
  const shown = [...unseen.values()].filter((document) => view.shows(document));
  if (!isChanged && shown.length === 0) return documents;
  for (const document of shown) {
    const at = kept.findIndex((other) => view.compare(document, other) < 0);
    kept.splice(at === -1 ? kept.length : at, 0, document);
  }
  return kept;
}

/**
 * One document with pending writes applied, for a view of a single id (`useDocument`): the newest
 * pending version of `id` until `stored` holds its change; `undefined` while that version is a
 * delete. Returns `stored` itself when nothing pending concerns it.
 *
 * @example
 * applyPendingWrite(storedSettings, pending.documentsOf("settings"), settingsId);
 */
export function applyPendingWrite<Doc extends Stamped & { readonly _deleted?: boolean }>(
  stored: Doc | undefined,
  pending: readonly Doc[],
  id: string,
): Doc | undefined {
  const ofId = pending.filter((document) => document.id === id);
  if (ofId.length === 0) return stored;
  const [shown] = applyPendingWrites(stored === undefined ? [] : [stored], ofId, {
    shows: (document) => document._deleted !== true,
    compare: () => 0,
  });
  return shown;
}
