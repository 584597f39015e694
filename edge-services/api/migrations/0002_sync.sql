-- Synced documents (DESIGN §2–§3, ADR 0003): one row per (user, collection, document id), holding
-- the whole document as JSON and the per-user sequence number of the change that last wrote it.

-- The user's change counter: the seq of the last committed change, across all collections.
-- A push bumps it in the same D1 batch (one transaction) that writes its documents. The CHECK is
-- the optimistic-concurrency guard: the bump statement sets seq to -1 when the stored value is not
-- the one the push read, the CHECK fails, and D1 rolls the whole batch back (see sync.store.ts).
CREATE TABLE sync_sequences (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  CONSTRAINT sync_seq_unchanged CHECK (seq >= 0)
);

CREATE TABLE synced_documents (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  -- Server-assigned, strictly increasing per user; a changed document gets a new, higher one.
  seq INTEGER NOT NULL CHECK (seq > 0),
  -- RxDB's tombstone flag, copied out of the document (tombstones replicate like any change).
  is_deleted INTEGER NOT NULL CHECK (is_deleted IN (0, 1)),
  -- The document as JSON; never larger than the sync limit of 256 KB (DESIGN §6).
  doc TEXT NOT NULL CHECK (json_valid(doc) AND length(CAST(doc AS BLOB)) <= 262144),
  -- Server time of the write (epoch ms); informational, never used for ordering.
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, collection, id)
);

-- A pull is one range scan of this index: user_id = ? AND collection = ? AND seq > ? ORDER BY seq.
-- Unique: one seq names one change.
CREATE UNIQUE INDEX synced_documents_pull ON synced_documents(user_id, collection, seq);
