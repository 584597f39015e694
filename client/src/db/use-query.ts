import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { type DependencyList, useEffect, useMemo, useRef, useState } from "react";
import type { DeepReadonly, RxCollection, RxDocument, RxQuery } from "rxdb";
import { useDatabase, usePendingDocuments } from "./database-context";
import { collectionOf } from "./database-types";
import { mergePendingDocuments } from "./merge-pending-documents";

export interface QueryResult<Doc> {
  readonly documents: readonly DeepReadonly<Doc>[];
  /** True until the database is open and the query has emitted once. */
  readonly isLoading: boolean;
}

type ManyQuery<Name extends CollectionName> = RxQuery<CollectionDoc<Name>, RxDocument<CollectionDoc<Name>>[]>;

/**
 * Live documents of a collection: re-renders whenever a matching document changes locally, in
 * another tab or by replication; this tab's own writes show from the moment they are saved
 * (pending writes, ADR 0006). Rebuilds the query when `deps` change.
 *
 * @example
 * const { documents: entries } = useQuery(
 *   "practice_entries",
 *   (entries) => entries.find({ selector: { localDate: day }, sort: [{ startedAt: "desc" }] }),
 *   [day],
 * );
 */
export function useQuery<Name extends CollectionName>(
  collection: Name,
  buildQuery: (collection: RxCollection<CollectionDoc<Name>>) => ManyQuery<Name>,
  deps: DependencyList = [],
): QueryResult<CollectionDoc<Name>> {
  const databaseState = useDatabase();
  const database = databaseState.status === "ready" ? databaseState.database : undefined;
  const buildRef = useRef(buildQuery);
  buildRef.current = buildQuery;
  const [live, setLive] = useState<{
    documents: readonly DeepReadonly<CollectionDoc<Name>>[];
    query?: ManyQuery<Name>;
  }>({
    documents: [],
  });
  useEffect(() => {
    if (database === undefined) return;
    const query = buildRef.current(collectionOf(database, collection));
    const subscription = query.$.subscribe((found) => {
      setLive({ documents: found.map((document) => document.toJSON()), query });
    });
    return () => subscription.unsubscribe();
  }, [database, collection, ...deps]);
  const pending = usePendingDocuments(collection);
  return useMemo(() => {
    const { documents, query } = live;
    if (query === undefined) return { documents, isLoading: true };
    const shown = mergePendingDocuments(
      documents,
      pending as readonly DeepReadonly<CollectionDoc<Name>>[],
      query,
    );
    return { documents: shown, isLoading: false };
  }, [live, pending]);
}
