-- Search, provenance, popularity and feedback for the dictionary issue.

-- URL form of the term ("poco-a-poco"): the key of /api/dictionary/terms/{term} and of the
-- shareable /dictionary/{lang}/{term} pages. Unique over all entries; the curated build suffixes
-- the language on the rare clash ("grave-fr").
ALTER TABLE terms ADD COLUMN slug TEXT;
-- Bumped whenever an entry's content changes: part of the entry's provenance.
ALTER TABLE terms ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- Hash of the source content, so reloading unchanged curated data touches nothing.
ALTER TABLE terms ADD COLUMN content_hash TEXT;
CREATE UNIQUE INDEX terms_slug ON terms (slug);
CREATE INDEX terms_category_normalized ON terms (category, normalized);
CREATE INDEX terms_normalized ON terms (normalized);
CREATE INDEX terms_updated_at ON terms (updated_at);

-- Every name an entry can be found by: the term itself and its equivalents in the six app
-- languages ("langsam" → lento), normalized like the query. Exact and prefix look-ups use the
-- index on `normalized`; typo-tolerant search goes through `term_trigrams`.
CREATE TABLE term_names (
  id INTEGER PRIMARY KEY,
  term_id TEXT NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  normalized TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('term', 'equivalent')),
  lang TEXT NOT NULL,
  -- Characters, not bytes: the typo filter compares it with the query's length.
  name_length INTEGER NOT NULL,
  UNIQUE (term_id, normalized)
);
CREATE INDEX term_names_normalized ON term_names (normalized);

-- Padded character trigrams of each name, computed here so every writer (curated load, generated
-- entries) indexes alike; packages/term-search `trigramsOf` computes the same windows for queries.
CREATE TABLE term_trigrams (
  trigram TEXT NOT NULL,
  name_id INTEGER NOT NULL REFERENCES term_names (id) ON DELETE CASCADE,
  PRIMARY KEY (trigram, name_id)
) WITHOUT ROWID;
CREATE INDEX term_trigrams_name ON term_trigrams (name_id);

CREATE TRIGGER term_names_after_insert AFTER INSERT ON term_names BEGIN
  INSERT OR IGNORE INTO term_trigrams (trigram, name_id)
  WITH RECURSIVE position (n) AS (
    SELECT 1 UNION ALL SELECT n + 1 FROM position WHERE n < length(new.normalized)
  )
  SELECT substr(' ' || new.normalized || ' ', n, 3), new.id FROM position;
END;

-- One row of dictionary-wide state: `data_version` changes with any entry, and versions the KV
-- cache keys, so a changed term can never be served from a stale cached response.
CREATE TABLE dictionary_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value INTEGER NOT NULL
);
INSERT INTO dictionary_meta (key, value) VALUES ('data_version', 1);

CREATE TRIGGER terms_version_after_insert AFTER INSERT ON terms BEGIN
  UPDATE dictionary_meta SET value = value + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER terms_version_after_update AFTER UPDATE ON terms BEGIN
  UPDATE dictionary_meta SET value = value + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER terms_version_after_delete AFTER DELETE ON terms BEGIN
  UPDATE dictionary_meta SET value = value + 1 WHERE key = 'data_version';
END;

-- How often each entry is looked up: kept apart from `terms` so a view never rewrites the entry
-- (nor its FTS row, nor the data version).
CREATE TABLE term_views (
  term_id TEXT PRIMARY KEY NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  views INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX term_views_views ON term_views (views DESC);

-- "This definition is wrong": stored for an editor to review. Nothing personal is kept.
CREATE TABLE term_flags (
  id TEXT PRIMARY KEY NOT NULL,
  term_id TEXT NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ('incorrect', 'incomplete', 'offensive', 'other')),
  note TEXT CHECK (note IS NULL OR length(note) <= 1000),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
  created_at INTEGER NOT NULL
);
CREATE INDEX term_flags_term ON term_flags (term_id);
CREATE INDEX term_flags_status ON term_flags (status, created_at);

-- Fixed-window counters for rate limits (flags, generation requests). `subject` is an opaque
-- hash, never an address.
CREATE TABLE rate_limit_windows (
  subject TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (subject, window_start)
) WITHOUT ROWID;

-- Missing terms asked for, so a term is generated once however many musicians ask for it.
CREATE TABLE term_requests (
  normalized TEXT PRIMARY KEY NOT NULL,
  query TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'generated', 'rejected', 'failed')),
  requested_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
