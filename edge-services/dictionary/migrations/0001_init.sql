-- Music terms, one row per term and language of origin (the curated data in ../data/curated has
-- the same fields). Definitions are English; `equivalents_json` carries the term in each of the six
-- app languages. JSON columns are validated by the worker's zod schemas before they are written.
CREATE TABLE terms (
  id TEXT PRIMARY KEY NOT NULL,
  term TEXT NOT NULL,
  -- Lower-cased, accents stripped, whitespace collapsed: the key for exact look-ups.
  normalized TEXT NOT NULL,
  -- The language the term comes from: a BCP 47 tag (it, de, fr, la, ...) or 'other'.
  lang TEXT NOT NULL CHECK (length(lang) BETWEEN 2 AND 35),
  category TEXT NOT NULL,
  concise_definition TEXT NOT NULL,
  detailed_definition TEXT,
  etymology TEXT,
  -- JSON object { ipa, syllables }.
  pronunciation_json TEXT CHECK (pronunciation_json IS NULL OR json_valid(pronunciation_json)),
  example TEXT,
  -- JSON object: app language tag (en, es, fr, de, zh-CN, zh-TW) -> the term in that language.
  equivalents_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(equivalents_json)),
  -- JSON array of related terms (normalized forms).
  related_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(related_json)),
  -- JSON array of reference strings (sources a reader can check).
  references_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(references_json)),
  -- Provenance: where the entry came from and how far it has been checked.
  source TEXT NOT NULL CHECK (source IN ('curated', 'ai', 'editor')),
  source_model TEXT,
  quality_score REAL CHECK (quality_score IS NULL OR quality_score BETWEEN 0 AND 1),
  reviewed_at INTEGER,
  -- Milliseconds since the Unix epoch (UTC).
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (normalized, lang)
);

CREATE INDEX terms_lang_category ON terms (lang, category);

-- Full-text index over the searchable columns, kept in step with `terms` by the triggers below.
-- remove_diacritics 2 lets "crescendo" find "crescéndo" and the reverse; the typo tolerance of
-- search (didYouMean) is the worker's job, not the index's.
CREATE VIRTUAL TABLE terms_fts USING fts5(
  term,
  normalized,
  concise_definition,
  equivalents_json,
  content = 'terms',
  content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER terms_fts_after_insert AFTER INSERT ON terms BEGIN
  INSERT INTO terms_fts (rowid, term, normalized, concise_definition, equivalents_json)
  VALUES (new.rowid, new.term, new.normalized, new.concise_definition, new.equivalents_json);
END;

CREATE TRIGGER terms_fts_after_delete AFTER DELETE ON terms BEGIN
  INSERT INTO terms_fts (terms_fts, rowid, term, normalized, concise_definition, equivalents_json)
  VALUES ('delete', old.rowid, old.term, old.normalized, old.concise_definition, old.equivalents_json);
END;

CREATE TRIGGER terms_fts_after_update AFTER UPDATE ON terms BEGIN
  INSERT INTO terms_fts (terms_fts, rowid, term, normalized, concise_definition, equivalents_json)
  VALUES ('delete', old.rowid, old.term, old.normalized, old.concise_definition, old.equivalents_json);
  INSERT INTO terms_fts (rowid, term, normalized, concise_definition, equivalents_json)
  VALUES (new.rowid, new.term, new.normalized, new.concise_definition, new.equivalents_json);
END;
