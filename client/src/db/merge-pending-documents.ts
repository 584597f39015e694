import { applyPendingWrites } from "./pending-writes";

/** What {@link mergePendingDocuments} needs of an RxDB query (an `RxQuery` has all of it). */
export interface MatchingQuery {
  doesDocumentDataMatch(document: unknown): boolean;
  /** The query as RxDB normalised it: `sort` always ends with the primary key. */
  getPreparedQuery(): {
    query: { sort?: readonly Record<string, "asc" | "desc">[]; limit?: number; skip?: number };
  };
}

function valueAt(document: unknown, path: string): unknown {
  let value = document;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return (a as string | number) < (b as string | number) ? -1 : 1;
}

/**
 * A live query's documents with this tab's pending writes (see `pending-writes.ts`) applied: a
 * document the query holds stays once it holds the pending change, else the pending version
 * replaces it when it still matches (or removes it: deleted, or no longer matching); a pending new
 * document that matches is added. All in the query's order and within its limit. A query with
 * `skip` is left as it is (which documents it skips depends on ones it never read).
 * Returns `documents` itself when nothing changes.
 *
 * @example
 * mergePendingDocuments(result.documents, usePendingDocuments("goals"), goalsQuery);
 */
export function mergePendingDocuments<
  Doc extends { readonly id: string; readonly clocks: Readonly<Record<string, string>> },
>(documents: readonly Doc[], pending: readonly Doc[], query: MatchingQuery): readonly Doc[] {
  if (pending.length === 0) return documents;
  const { sort = [], limit, skip } = query.getPreparedQuery().query;
  if (skip !== undefined && skip > 0) return documents;
  const order = sort.flatMap((part) => Object.entries(part));
  const merged = applyPendingWrites(documents, pending, {
    shows: (document) => query.doesDocumentDataMatch(document),
    compare: (a, b) => {
      for (const [path, direction] of order) {
        const compared = compareValues(valueAt(a, path), valueAt(b, path));
        if (compared !== 0) return direction === "desc" ? -compared : compared;
      }
      return 0;
    },
  });
  return merged === documents || limit === undefined ? merged : merged.slice(0, limit);
}
