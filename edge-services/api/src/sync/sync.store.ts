import { type CollectionDoc, type CollectionName, collectionNameSchema } from "@mirubato/schema";
import { documentSchemaOf, utf8ByteLength } from "@mirubato/sync-protocol";
import { z } from "zod";

/**
 * All D1 SQL of sync (DESIGN §3, ADR 0003). Documents live in `synced_documents`, one row per
 * (user, collection, id); `sync_sequences` holds each user's change counter.
 *
 * Concurrency guard: a push reads the user's seq together with the stored documents, merges in
 * the service, then commits in ONE `db.batch()` (a D1 transaction): first a statement that bumps
 * the seq from the value it read — or, if another push moved it meanwhile, sets it to -1, which
 * violates `CHECK sync_seq_unchanged` — then the document upserts with seqs read+1, read+2, …
 * A failed check rolls the whole batch back, so nothing is half-written and no seq is reused;
 * `commit` answers `false` and the service re-reads, re-merges and tries again.
 *
 * Documents travel to SQLite as one JSON array bound to `json_each` per statement, so a 500-row
 * batch is a handful of statements: well inside D1's 100 bound parameters per statement and its
 * queries-per-invocation limit (https://developers.cloudflare.com/d1/platform/limits/).
 */
export type SyncedDoc = CollectionDoc<CollectionName>;

/**
 * One change as stored: the document's JSON exactly as committed. Every committed document passed
 * the push schema and the merge, so a pull hands the text on without parsing and re-serialising
 * it (that was most of a 1,000-document pull's time).
 */
export interface StoredChange {
  seq: number;
  json: string;
}

export interface SyncStore {
  /** Changes of one collection with seq > `afterSeq`, in seq order, at most `limit`. */
  pull(userId: string, collection: CollectionName, afterSeq: number, limit: number): Promise<StoredChange[]>;
  /** The user's current seq and the stored documents with these ids, read in one transaction. */
  readForPush(
    userId: string,
    collection: CollectionName,
    ids: readonly string[],
  ): Promise<{ seq: number; documents: Map<string, SyncedDoc> }>;
  /**
   * Writes `docs` with seqs `expectedSeq + 1 …` and moves the user's seq past them, atomically.
   * Resolves `false`, having written nothing, when the user's seq is no longer `expectedSeq`.
   */
  commit(
    userId: string,
    collection: CollectionName,
    expectedSeq: number,
    docs: readonly SyncedDoc[],
    nowMs: number,
  ): Promise<boolean>;
  /** How many documents (tombstones included) the user has per collection. */
  countByCollection(userId: string): Promise<Partial<Record<CollectionName, number>>>;
}

export interface SyncStoreOptions {
  /** Largest JSON text bound to one upsert statement (D1 caps a string at 2 MB). */
  maxStatementBytes?: number;
}

const changeRowSchema = z.object({ seq: z.int(), doc: z.string() });
const seqRowSchema = z.object({ seq: z.int() });
const countRowSchema = z.object({ collection: collectionNameSchema, count: z.int() });

const GUARD_VIOLATION = "sync_seq_unchanged";

const UPSERT_SQL = `
  INSERT INTO synced_documents (user_id, collection, id, seq, is_deleted, doc, updated_at)
  SELECT ?1, ?2, value ->> '$.id', ?3 + key + 1, value ->> '$._deleted', json(value), ?4
  FROM json_each(?5) WHERE true
  ON CONFLICT (user_id, collection, id) DO UPDATE SET
    seq = excluded.seq, is_deleted = excluded.is_deleted, doc = excluded.doc, updated_at = excluded.updated_at`;

// The guard: see the header comment. A user's first push inserts the row.
const BUMP_SEQ_SQL = `
  INSERT INTO sync_sequences (user_id, seq) VALUES (?1, ?3)
  ON CONFLICT (user_id) DO UPDATE SET seq = CASE WHEN seq = ?2 THEN excluded.seq ELSE -1 END`;

export function createSyncStore(db: D1Database, options: SyncStoreOptions = {}): SyncStore {
  const maxStatementBytes = options.maxStatementBytes ?? 1_000_000;
  const parseDoc = (collection: CollectionName, json: string) =>
    documentSchemaOf(collection).parse(JSON.parse(json));
  return {
    async pull(userId, collection, afterSeq, limit) {
      const { results } = await db
        .prepare(
          `SELECT seq, doc FROM synced_documents
           WHERE user_id = ? AND collection = ? AND seq > ? ORDER BY seq LIMIT ?`,
        )
        .bind(userId, collection, afterSeq, limit)
        .all();
      return results.map((row) => {
        const change = changeRowSchema.parse(row);
        return { seq: change.seq, json: change.doc };
      });
    },
    async readForPush(userId, collection, ids) {
      const [seqResult, docResult] = await db.batch([
        db.prepare("SELECT seq FROM sync_sequences WHERE user_id = ?").bind(userId),
        db
          .prepare(
            `SELECT seq, doc FROM synced_documents
             WHERE user_id = ? AND collection = ? AND id IN (SELECT value FROM json_each(?))`,
          )
          .bind(userId, collection, JSON.stringify(ids)),
      ]);
      const seqRow = seqResult?.results[0];
      const documents = new Map<string, SyncedDoc>();
      for (const row of docResult?.results ?? []) {
        const doc = parseDoc(collection, changeRowSchema.parse(row).doc);
        documents.set(doc.id, doc);
      }
      return { seq: seqRow === undefined ? 0 : seqRowSchema.parse(seqRow).seq, documents };
    },
    async commit(userId, collection, expectedSeq, docs, nowMs) {
      const statements = [
        db.prepare(BUMP_SEQ_SQL).bind(userId, expectedSeq, expectedSeq + docs.length),
        ...chunkByJsonBytes(docs, maxStatementBytes).map(({ json, offset }) =>
          db.prepare(UPSERT_SQL).bind(userId, collection, expectedSeq + offset, nowMs, json),
        ),
      ];
      try {
        await db.batch(statements);
        return true;
      } catch (error) {
        if (error instanceof Error && error.message.includes(GUARD_VIOLATION)) return false;
        throw error;
      }
    },
    async countByCollection(userId) {
      const { results } = await db
        .prepare(
          "SELECT collection, COUNT(*) AS count FROM synced_documents WHERE user_id = ? GROUP BY collection",
        )
        .bind(userId)
        .all();
      const counts: Partial<Record<CollectionName, number>> = {};
      for (const row of results) {
        const { collection, count } = countRowSchema.parse(row);
        counts[collection] = count;
      }
      return counts;
    },
  };
}

/** Splits documents into JSON arrays of at most `maxBytes` (one document may exceed it alone). */
function chunkByJsonBytes(docs: readonly SyncedDoc[], maxBytes: number) {
  const chunks: { json: string; offset: number }[] = [];
  let texts: string[] = [];
  let bytes = 2;
  let offset = 0;
  const flush = () => {
    if (texts.length === 0) return;
    chunks.push({ json: `[${texts.join(",")}]`, offset });
    offset += texts.length;
    texts = [];
    bytes = 2;
  };
  for (const doc of docs) {
    const text = JSON.stringify(doc);
    const size = utf8ByteLength(text) + 1;
    if (texts.length > 0 && bytes + size > maxBytes) flush();
    texts.push(text);
    bytes += size;
  }
  flush();
  return chunks;
}
