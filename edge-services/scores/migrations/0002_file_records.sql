-- What the file routes and the processing consumer need beyond 0001:
-- * one record per user and content: a re-upload of the same bytes answers the existing record,
--   and the unique index settles two identical uploads racing each other;
-- * the reason processing failed (machine-readable, shown by the client);
-- * when processing finished (ms since the Unix epoch, UTC);
-- * metadata suggestions read from the file (JSON: title, composer, music terms found in the text),
--   which the client offers and writes into the score's RxDB document if the musician accepts;
-- * listing a user's files newest first, paged by (created_at, id).
ALTER TABLE score_files ADD COLUMN failure_code TEXT
  CHECK (failure_code IS NULL OR failure_code IN ('too_many_pages', 'unreadable', 'missing_object'));
ALTER TABLE score_files ADD COLUMN processed_at INTEGER;
ALTER TABLE score_files ADD COLUMN metadata_suggestions TEXT
  CHECK (metadata_suggestions IS NULL OR json_valid(metadata_suggestions));

CREATE UNIQUE INDEX score_files_user_sha256 ON score_files (user_id, sha256);
CREATE INDEX score_files_user_created ON score_files (user_id, created_at DESC, id DESC);
-- The listing index leads with user_id, so the single-column one from 0001 is redundant.
DROP INDEX score_files_user_id;
