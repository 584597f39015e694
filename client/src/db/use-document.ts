import type { CollectionDoc, CollectionName } from "@mirubato/schema";
import { useEffect, useMemo, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useDatabase, usePendingDocuments } from "./database-context";
import { collectionOf } from "./database-types";
import { applyPendingWrite } from "./pending-writes";

export interface DocumentResult<Doc> {
  /** `undefined` when it does not exist (or was deleted) or while loading. */
  readonly document: DeepReadonly<Doc> | undefined;
  readonly isLoading: boolean;
}

/**
 * One live document by id; this tab's own write to it shows from the moment it is saved (pending
 * writes, ADR 0006).
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
  const pending = usePendingDocuments(collection);
  return useMemo(() => {
    if (result.isLoading) return result;
    const shown = applyPendingWrite(
      result.document,
      pending as readonly DeepReadonly<CollectionDoc<Name>>[],
      id,
    );
    return shown === result.document ? result : { document: shown, isLoading: false };
  }, [result, pending, id]);
}
