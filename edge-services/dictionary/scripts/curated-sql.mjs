// The curated JSON (../data/curated/<category>.json) as one idempotent SQL script: running it
// any number of times leaves the same rows. Entries are upserted by (normalized term, language);
// an unchanged entry is not touched (its content hash matches), so neither its version nor the
// dictionary's data version (and hence the KV cache) moves. The text depends only on the input.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { curatedTermSchema, namesOf, normalizeTerm, slugifyTerm } from "@mirubato/term-search";

/** @typedef {import("@mirubato/term-search").CuratedTerm} CuratedTerm */
/** @typedef {{ file: string, index: number, message: string }} CuratedProblem */

/**
 * Reads and validates every curated file. Invalid entries are reported, not loaded; an entry
 * whose (normalized term, language) repeats an earlier one is a problem too.
 *
 * @param {string} curatedDir
 * @returns {{ terms: CuratedTerm[], problems: CuratedProblem[] }}
 */
export function readCuratedTerms(curatedDir) {
  /** @type {CuratedTerm[]} */
  const terms = [];
  /** @type {CuratedProblem[]} */
  const problems = [];
  /** @type {Set<string>} */
  const seen = new Set();
  const files = readdirSync(curatedDir)
    .filter((file) => file.endsWith(".json"))
    .sort();
  for (const file of files) {
    /** @type {unknown} */
    const data = JSON.parse(readFileSync(join(curatedDir, file), "utf8"));
    const list = Array.isArray(data) ? data : [];
    if (!Array.isArray(data)) problems.push({ file, index: -1, message: "the file is not a JSON array" });
    list.forEach((/** @type {unknown} */ raw, index) => {
      const parsed = curatedTermSchema.safeParse(raw);
      if (!parsed.success) {
        problems.push({
          file,
          index,
          message: parsed.error.issues.map((issue) => issue.path.join(".")).join(", "),
        });
        return;
      }
      const key = `${normalizeTerm(parsed.data.term)}\u0000${parsed.data.lang}`;
      if (seen.has(key)) problems.push({ file, index, message: `duplicate of "${parsed.data.term}"` });
      else {
        seen.add(key);
        terms.push(parsed.data);
      }
    });
  }
  return { terms, problems };
}

/**
 * URL slugs, unique over the set: on a clash the entry whose language sorts first keeps the
 * plain slug and the others get "-<lang>" ("grave", "grave-fr").
 *
 * @param {readonly CuratedTerm[]} terms sorted
 * @returns {string[]}
 */
export function assignSlugs(terms) {
  /** @type {Set<string>} */
  const taken = new Set();
  return terms.map((term) => {
    const base = slugifyTerm(term.term);
    const slug = taken.has(base) ? `${base}-${term.lang}` : base;
    taken.add(slug);
    return slug;
  });
}

const NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

/** @param {string | number | null} value */
function sql(value) {
  if (value === null) return "NULL";
  if (typeof value === "number") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * @param {readonly CuratedTerm[]} input
 * @returns {string}
 */
export function buildCuratedSql(input) {
  const header = "-- Generated from data/curated/*.json by scripts/curated-sql.mjs. Do not edit.";
  return `${[header, ...buildCuratedStatements(input)].join("\n")}\n`;
}

/**
 * The same script as separate statements (for `D1Database.batch` in tests).
 *
 * @param {readonly CuratedTerm[]} input
 * @returns {string[]}
 */
export function buildCuratedStatements(input) {
  const terms = [...input].sort((a, b) => {
    const left = `${normalizeTerm(a.term)}\u0000${a.lang}`;
    const right = `${normalizeTerm(b.term)}\u0000${b.lang}`;
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const slugs = assignSlugs(terms);
  const lines = terms.flatMap((term, index) => termStatements(term, slugs[index] ?? slugifyTerm(term.term)));
  const keys = terms.map((term) => `(${sql(normalizeTerm(term.term))}, ${sql(term.lang)})`);
  // Entries the curators removed; generated and edited entries are never touched here.
  lines.push(
    keys.length === 0
      ? "DELETE FROM terms WHERE source = 'curated';"
      : `DELETE FROM terms WHERE source = 'curated' AND (normalized, lang) NOT IN (VALUES ${keys.join(", ")});`,
  );
  return lines;
}

/**
 * @param {CuratedTerm} term
 * @param {string} slug
 * @returns {string[]}
 */
function termStatements(term, slug) {
  const normalized = normalizeTerm(term.term);
  const columns = {
    slug,
    term: term.term,
    category: term.category,
    concise_definition: term.concise,
    detailed_definition: term.detailed,
    etymology: term.etymology,
    pronunciation_json: JSON.stringify(term.pronunciation),
    example: term.example,
    equivalents_json: JSON.stringify(term.equivalents),
    related_json: JSON.stringify(term.related),
    references_json: JSON.stringify(term.references),
    // The names search ranks by, precomputed (migration 0004); the same rows as term_names below.
    names_json: JSON.stringify(
      namesOf(term).map((name) => [name.name, name.normalized, name.kind, name.lang]),
    ),
  };
  const contentHash = createHash("sha256").update(JSON.stringify(columns)).digest("hex").slice(0, 32);
  const names = namesOf(term);
  const findId = `(SELECT id FROM terms WHERE normalized = ${sql(normalized)} AND lang = ${sql(term.lang)})`;
  const nameValues = names
    .map(
      (name) =>
        `(${[name.name, name.normalized, name.kind, name.lang].map(sql).join(", ")}, ${Array.from(name.normalized).length})`,
    )
    .join(", ");
  return [
    `INSERT INTO terms (id, normalized, lang, ${Object.keys(columns).join(", ")}, source, reviewed_at, content_hash, created_at, updated_at)
VALUES (${sql(`cur-${term.lang}-${slugifyTerm(term.term)}`)}, ${sql(normalized)}, ${sql(term.lang)}, ${Object.values(columns).map(sql).join(", ")}, 'curated', ${NOW_MS}, ${sql(contentHash)}, ${NOW_MS}, ${NOW_MS})
ON CONFLICT (normalized, lang) DO UPDATE SET ${Object.keys(columns)
      .map((column) => `${column} = excluded.${column}`)
      .join(
        ", ",
      )}, source = 'curated', source_model = NULL, quality_score = NULL, reviewed_at = excluded.reviewed_at,
  content_hash = excluded.content_hash, version = terms.version + 1, updated_at = excluded.updated_at
WHERE terms.content_hash IS NOT excluded.content_hash;`,
    `DELETE FROM term_names WHERE term_id = ${findId} AND normalized NOT IN (${names.map((name) => sql(name.normalized)).join(", ")});`,
    `INSERT INTO term_names (term_id, name, normalized, kind, lang, name_length)
SELECT ${findId}, v.column1, v.column2, v.column3, v.column4, v.column5 FROM (VALUES ${nameValues}) AS v WHERE true
ON CONFLICT (term_id, normalized) DO UPDATE SET name = excluded.name, kind = excluded.kind, lang = excluded.lang;`,
  ];
}
