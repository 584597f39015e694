-- When each user last started a URL import: DESIGN.md §6 allows one per 10 minutes per user.
-- One row per user; the slot is taken with a conditional upsert so two racing imports cannot both
-- pass.
CREATE TABLE url_imports (
  user_id TEXT PRIMARY KEY NOT NULL,
  last_started_at INTEGER NOT NULL
);
