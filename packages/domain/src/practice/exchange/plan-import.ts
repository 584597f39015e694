import { isJsonEqual } from "../../canonical-json";

/**
 * The imported documents that would change something: new ids, or documents that differ from the
 * stored one with the same id. The caller upserts these through the merge rule; importing the same
 * file twice therefore writes nothing the second time.
 *
 * @example
 * const writes = planImport(new Map(stored.map((doc) => [doc.id, doc])), result.accepted.pieces);
 */
export function planImport<Doc extends { readonly id: string }>(
  existing: ReadonlyMap<string, Doc>,
  imported: readonly Doc[],
): Doc[] {
  return imported.filter((doc) => {
    const stored = existing.get(doc.id);
    return stored === undefined || !isJsonEqual(stored, doc);
  });
}
