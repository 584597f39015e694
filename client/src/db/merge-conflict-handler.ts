import { isJsonEqual, mergeDocuments, type SyncedDocument } from "@mirubato/domain";
import type { RxConflictHandler } from "rxdb";

/**
 * The collections' conflict handler: the same field-level HLC merge the API runs on push
 * (ADR 0002), so whichever side resolves a conflict, both reach the same document.
 * `isEqual` compares canonical JSON because RxDB may hand over equal documents with keys in a
 * different order.
 */
export function createMergeConflictHandler<Doc extends SyncedDocument>(): RxConflictHandler<Doc> {
  return {
    isEqual: (a, b) => isJsonEqual(a, b),
    resolve: async ({ realMasterState, newDocumentState }) =>
      mergeDocuments(realMasterState, newDocumentState),
  };
}
