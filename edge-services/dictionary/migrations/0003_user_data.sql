-- Flags and term requests now come from signed-in musicians (per-user limits, DESIGN.md §6).
-- A user id is kept only where a request is personal, and indexed, so account deletion
-- (DictionaryService.deleteUserData) finds every row it must erase.

-- Who reported a definition: one open report per musician and entry (a second one updates the
-- first), and the free-text note leaves with the account. Older anonymous rows keep NULL.
ALTER TABLE term_flags ADD COLUMN user_id TEXT;
CREATE INDEX term_flags_user ON term_flags (user_id) WHERE user_id IS NOT NULL;
CREATE UNIQUE INDEX term_flags_open_per_user ON term_flags (term_id, user_id)
  WHERE status = 'open' AND user_id IS NOT NULL;

-- Who asked for a missing term: `term_requests` stays one row per term (generated once however
-- many ask); this table says which musicians asked, so demand counts people, not clicks.
CREATE TABLE term_request_askers (
  normalized TEXT NOT NULL REFERENCES term_requests (normalized) ON DELETE CASCADE,
  user_id TEXT NOT NULL,
  requested_at INTEGER NOT NULL,
  PRIMARY KEY (normalized, user_id)
) WITHOUT ROWID;
CREATE INDEX term_request_askers_user ON term_request_askers (user_id);
