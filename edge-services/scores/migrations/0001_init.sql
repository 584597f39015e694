-- Score files: the uploaded PDF or image a score's metadata document (in RxDB) points to by id.
-- The bytes live in R2 under r2_key; this row is the server's record of them and of their
-- processing (page count, text, thumbnails) by the queue consumer.
CREATE TABLE score_files (
  id TEXT PRIMARY KEY NOT NULL,
  user_id TEXT NOT NULL,
  r2_key TEXT NOT NULL UNIQUE,
  content_type TEXT NOT NULL
    CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  -- NULL until processing has counted the pages.
  page_count INTEGER CHECK (page_count IS NULL OR page_count > 0),
  processing_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (processing_status IN ('pending', 'processing', 'processed', 'failed')),
  -- Milliseconds since the Unix epoch (UTC).
  created_at INTEGER NOT NULL
);

CREATE INDEX score_files_user_id ON score_files (user_id);
