-- Every name an entry can be found by (the rows of `term_names`, in order), stored with the entry
-- as JSON `[[name, normalized, kind, lang], …]`, so search reads candidates and the names it
-- ranks them by in one row each, without aggregating `term_names` per query. Written by every
-- writer beside `term_names` (scripts/curated-sql.mjs, generation.store.ts); filled here once.
ALTER TABLE terms ADD COLUMN names_json TEXT NOT NULL DEFAULT '[]';
UPDATE terms SET names_json = (
  SELECT json_group_array(json_array(name, normalized, kind, lang))
  FROM (SELECT name, normalized, kind, lang FROM term_names WHERE term_names.term_id = terms.id ORDER BY id)
);
