/**
 * How an import reaches the local database through the repository (which stamps every write with
 * this device's clock). A document new to this device is created under its own id; one already
 * here is merged with the file's copy by the sync merge rule (per-field clocks), and only the
 * fields that merge changes are written. Importing the same file twice therefore writes nothing
 * the second time: the first import's stamps are newer than the file's.
 */
import {
  type DocumentContent,
  type DocumentPatch,
  isJsonEqual,
  mergeDocuments,
  type SyncedDocument,
} from "@mirubato/domain";

export interface ImportWrites<Doc extends SyncedDocument> {
  readonly creates: readonly { readonly id: string; readonly content: DocumentContent<Doc> }[];
  readonly updates: readonly { readonly id: string; readonly patch: DocumentPatch<Doc> }[];
  readonly unchangedCount: number;
}

function contentOf<Doc extends SyncedDocument>(doc: Doc): DocumentContent<Doc> {
  const {
    id: _id,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    clocks: _clocks,
    _deleted,
    ...content
  } = doc;
  return content;
}

/** The fields that differ from `stored` in `merged`; a field merge removed is set to `undefined`. */
function diffFields<Doc extends SyncedDocument>(stored: Doc, merged: Doc): DocumentPatch<Doc> | undefined {
  const patch: Record<string, unknown> = {};
  const storedFields = new Map<string, unknown>(Object.entries(contentOf(stored)));
  const mergedFields = new Map<string, unknown>(Object.entries(contentOf(merged)));
  for (const field of new Set([...storedFields.keys(), ...mergedFields.keys()])) {
    if (!isJsonEqual(storedFields.get(field), mergedFields.get(field)))
      patch[field] = mergedFields.get(field);
  }
  if (stored._deleted !== merged._deleted) patch._deleted = merged._deleted;
  // Every key comes from Doc's own content fields (or `_deleted`), with values merge took from a Doc.
  return Object.keys(patch).length === 0 ? undefined : (patch as DocumentPatch<Doc>);
}

/**
 * The writes an import needs. `stored` holds this device's copies by id (tombstones included when
 * known); tombstones in the file are only applied to documents this device already has.
 *
 * @example
 * const writes = planRepositoryImport(new Map(pieces.map((piece) => [piece.id, piece])), accepted.pieces);
 */
export function planRepositoryImport<Doc extends SyncedDocument>(
  stored: ReadonlyMap<string, Doc>,
  imported: readonly Doc[],
): ImportWrites<Doc> {
  const creates: { id: string; content: DocumentContent<Doc> }[] = [];
  const updates: { id: string; patch: DocumentPatch<Doc> }[] = [];
  let unchangedCount = 0;
  for (const doc of imported) {
    const existing = stored.get(doc.id);
    if (existing === undefined) {
      if (doc._deleted) unchangedCount++;
      else creates.push({ id: doc.id, content: contentOf(doc) });
      continue;
    }
    const patch = diffFields(existing, mergeDocuments(existing, doc));
    if (patch === undefined) unchangedCount++;
    else updates.push({ id: doc.id, patch });
  }
  return { creates, updates, unchangedCount };
}
