import { uuidv7 } from "@mirubato/schema";
import { isJsonEqual } from "./canonical-json";
import { formatHlc, parseHlc, successor } from "./hlc";
import type { HlcClock } from "./hlc-clock";
import { laterString } from "./string-order";
import { type DocumentPatch, type SyncedDocument, unstampedFields } from "./synced-document";

function isoOf(ms: number): string {
  return new Date(Math.min(Math.max(Math.floor(ms), 0), 253_402_300_799_999)).toISOString();
}

/**
 * Creates a document from form content, stamping every content field and `_deleted` with one
 * fresh tick of the device clock. The id is a new UUIDv7 unless one is given (settings use a fixed id).
 *
 * @example
 * const piece = createDocument({ title: "Prelude", instrument: "piano", … }, clock);
 */
export function createDocument<Content extends object>(
  content: Content,
  clock: HlcClock,
  options: { readonly id?: string } = {},
): Content & SyncedDocument {
  const stamp = clock.next();
  const clocks: Record<string, string> = { _deleted: stamp };
  for (const [field, value] of Object.entries(content)) {
    if (unstampedFields.has(field) || field === "_deleted") throw new Error(`content cannot set ${field}`);
    if (value !== undefined) clocks[field] = stamp;
  }
  const at = isoOf(clock.now());
  return { ...content, id: options.id ?? uuidv7(), createdAt: at, updatedAt: at, _deleted: false, clocks };
}

/**
 * A stamp for an edit of a field currently stamped `current`: the fresh tick if it is greater,
 * otherwise the smallest stamp of this device above `current`. So an edit always beats what the
 * editor saw, even when that stamp came from a device whose clock runs far ahead.
 */
function stampAbove(fresh: string, current: string | undefined, deviceId: string): string {
  if (current === undefined || fresh > current) return fresh;
  const parsed = parseHlc(current);
  if (parsed === undefined) return fresh;
  return formatHlc(successor(parsed, deviceId));
}

/**
 * Applies a patch, stamping each field whose value changes. Unless the patch sets `_deleted`, the
 * edit also stamps `_deleted: false`: editing asserts the document exists (see `merge.ts`).
 * Returns `doc` itself when nothing changes, so re-saving a form writes nothing.
 *
 * @example
 * const edited = stampChange(piece, { targetTempoBpm: 80, catalogue: undefined }, clock);
 */
export function stampChange<Doc extends SyncedDocument>(
  doc: Doc,
  patch: DocumentPatch<Doc>,
  clock: HlcClock,
): Doc {
  const current = new Map<string, unknown>(Object.entries(doc));
  const changes = new Map<string, unknown>();
  for (const [field, value] of Object.entries(patch)) {
    if (unstampedFields.has(field)) throw new Error(`a patch cannot set ${field}`);
    if (!isJsonEqual(current.get(field), value)) changes.set(field, value);
  }
  if (changes.size === 0) return doc;
  if (!Object.hasOwn(patch, "_deleted")) changes.set("_deleted", false);
  for (const field of changes.keys()) {
    const seen = doc.clocks[field];
    if (seen !== undefined) clock.observe(seen);
  }
  const fresh = clock.next();
  const clocks: Record<string, string> = { ...doc.clocks };
  for (const [field, value] of changes) {
    clocks[field] = stampAbove(fresh, doc.clocks[field], clock.deviceId);
    if (value === undefined) current.delete(field);
    else current.set(field, value);
  }
  const now = isoOf(clock.now());
  current.set("updatedAt", laterString(now, doc.updatedAt));
  current.set("clocks", clocks);
  const next: Record<string, unknown> = Object.fromEntries(current);
  // Same fields as `doc`, with values the patch type allows for them.
  return next as Doc;
}
