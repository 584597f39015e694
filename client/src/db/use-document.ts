import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { useEffect, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useDatabase } from "./database-context";
import { collectionOf } from "./database-types";

export interface DocumentResult<Doc> {
  /** `undefined` when it does not exist (or was deleted) or while loading. */
  readonly document: DeepReadonly<Doc> | undefined;
  readonly isLoading: boolean;
}

/**
 * One live document by id.
 *
 * @example
 * const { document: piece } = useDocument("pieces", pieceId);
 */
export function useDocument<Name extends CollectionName>(
  collection: Name,
  id: string,
): DocumentResult<CollectionDoc<Name>> {
  const state = useDatabase();
  const database = state.status === "ready" ? state.database : undefined;
  const [result, setResult] = useState<DocumentResult<CollectionDoc<Name>>>({
    document: undefined,
    isLoading: true,
  });
  useEffect(() => {
    if (database === undefined) return;
    const subscription = collectionOf(database, collection)
      .findOne(id)
      .$.subscribe((found) => setResult({ document: found?.toJSON(), isLoading: false }));
    return () => subscription.unsubscribe();
  }, [database, collection, id]);
  return result;
}
