-- A file whose processing message exhausted its retries reaches the dead-letter queue, whose
-- consumer marks it failed with 'processing_gave_up' (instead of leaving it pending forever).
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with the new code;
-- columns, constraints and indexes are otherwise those of 0001 + 0002.
CREATE TABLE score_files_next (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL,
  r2_key TEXT NOT NULL UNIQUE,
  content_type TEXT NOT NULL
    CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  page_count INTEGER CHECK (page_count IS NULL OR page_count > 0),
  processing_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (processing_status IN ('pending', 'processing', 'processed', 'failed')),
  created_at INTEGER NOT NULL,
  failure_code TEXT CHECK (
    failure_code IS NULL
    OR failure_code IN ('too_many_pages', 'unreadable', 'missing_object', 'processing_gave_up')
  ),
  processed_at INTEGER,
  metadata_suggestions TEXT
    CHECK (metadata_suggestions IS NULL OR json_valid(metadata_suggestions))
);

INSERT INTO score_files_next (
  id, user_id, r2_key, content_type, size_bytes, sha256, page_count, processing_status, created_at,
  failure_code, processed_at, metadata_suggestions
)
SELECT
  id, user_id, r2_key, content_type, size_bytes, sha256, page_count, processing_status, created_at,
  failure_code, processed_at, metadata_suggestions
FROM score_files;

DROP TABLE score_files;
ALTER TABLE score_files_next RENAME TO score_files;

CREATE UNIQUE INDEX score_files_user_sha256 ON score_files (user_id, sha256);
CREATE INDEX score_files_user_created ON score_files (user_id, created_at DESC, id DESC);
