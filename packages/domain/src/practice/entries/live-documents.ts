/**
 * The documents that are not tombstones. Every practice computation ignores deleted documents; a
 * deleted entry still replicates but never counts.
 *
 * @example
 * selectLiveDocuments(entries).length;
 */
export function selectLiveDocuments<Doc extends { readonly _deleted: boolean }>(docs: readonly Doc[]): Doc[] {
  return docs.filter((doc) => !doc._deleted);
}

/**
 * Live documents by id, for looking pieces up from entries.
 *
 * @example
 * indexLiveDocuments(pieces).get(entry.pieces[0]?.pieceId ?? "")?.title;
 */
export function indexLiveDocuments<Doc extends { readonly id: string; readonly _deleted: boolean }>(
  docs: readonly Doc[],
): Map<string, Doc> {
  const byId = new Map<string, Doc>();
  for (const doc of docs) if (!doc._deleted) byId.set(doc.id, doc);
  return byId;
}
