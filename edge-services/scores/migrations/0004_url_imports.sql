-- URL imports: one per 10 minutes per user (DESIGN.md §6). One row per user, the time of their last
-- import that passed the URL checks; a conditional upsert claims the slot atomically.
CREATE TABLE url_import_slots (
  user_id TEXT PRIMARY KEY NOT NULL,
  last_import_at INTEGER NOT NULL
);
