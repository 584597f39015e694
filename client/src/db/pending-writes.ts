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
  readonly clocks: Readonly<Record<string, string>>;
}

/** Whether `stored` already holds `pending`'s change: each of its field stamps is at least as new. */
export function holdsPendingChange(stored: Stamped, pending: Stamped): boolean {
  return Object.entries(pending.clocks).every(
    ([field, stamp]) => compareStamps(stored.clocks[field] ?? "", stamp) >= 0,
  );
}

/** The newest pending version of each document (the last one tracked), by id. */
export function latestPendingById<Doc extends { readonly id: string }>(
  pending: readonly Doc[],
): Map<string, Doc> {
  return new Map(pending.map((document) => [document.id, document]));
}
