/**
 * The base every synced document shares (see @mirubato/schema): identity, timestamps, RxDB's
 * tombstone flag and one HLC stamp per stamped field. Merge code is generic over anything with it.
 */
export interface SyncedDocument {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly _deleted: boolean;
  readonly clocks: Readonly<Record<string, string>>;
}

/** Fields that are metadata, not data: they carry no clock and are merged by their own rules. */
export const unstampedFields: ReadonlySet<string> = new Set(["id", "createdAt", "updatedAt", "clocks"]);

/** A document's content: everything a form edits, without base fields. */
export type DocumentContent<Doc extends SyncedDocument> = Omit<Doc, keyof SyncedDocument>;

/**
 * A change to a document. `undefined` removes an optional field (the removal is stamped like any
 * write); `_deleted: true` deletes the document and `_deleted: false` restores it.
 */
export type DocumentPatch<Doc extends SyncedDocument> = {
  [Field in keyof DocumentContent<Doc>]?: DocumentContent<Doc>[Field] | undefined;
} & { _deleted?: boolean };
