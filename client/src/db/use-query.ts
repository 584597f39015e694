import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { type DependencyList, useEffect, useRef, useState } from "react";
import type { DeepReadonly, RxCollection, RxDocument, RxQuery } from "rxdb";
import { useDatabase } from "./database-context";
import { collectionOf } from "./database-types";

export interface QueryResult<Doc> {
  readonly documents: readonly DeepReadonly<Doc>[];
  /** True until the database is open and the query has emitted once. */
  readonly isLoading: boolean;
}

type ManyQuery<Name extends CollectionName> = RxQuery<CollectionDoc<Name>, RxDocument<CollectionDoc<Name>>[]>;

/**
 * Live documents of a collection: re-renders whenever a matching document changes locally, in
 * another tab or by replication. Rebuilds the query when `deps` change.
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
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  const buildRef = useRef(buildQuery);
  buildRef.current = buildQuery;
  const [result, setResult] = useState<QueryResult<CollectionDoc<Name>>>({ documents: [], isLoading: true });
  useEffect(() => {
    if (database === undefined) return;
    const query = buildRef.current(collectionOf(database, collection));
    const subscription = query.$.subscribe((found) => {
      setResult({ documents: found.map((document) => document.toJSON()), isLoading: false });
    });
    return () => subscription.unsubscribe();
  }, [database, collection, ...deps]);
  return result;
}
