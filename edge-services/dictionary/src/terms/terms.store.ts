import { z } from "zod";
import {
  ENTRY_COLUMNS,
  type EntryRow,
  entryRowSchema,
  SUMMARY_COLUMNS,
  type SummaryRow,
  summaryRowSchema,
} from "./term-row";

// Every SQL read of the dictionary's entries. Rows are parsed before they leave this module.

// SQLite binds at most 100 parameters per statement in D1: id lists are chunked below that.
const MAX_BOUND = 90;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += MAX_BOUND) result.push(items.slice(i, i + MAX_BOUND));
  return result;
}

/** The entry whose slug is `slug`, else the first (by language) whose normalized term is `normalized`. */
export async function findEntry(db: D1Database, slug: string, normalized: string): Promise<EntryRow | null> {
  const row = await db
    .prepare(
      `SELECT ${ENTRY_COLUMNS} FROM terms WHERE slug = ?1 OR normalized = ?2
       ORDER BY slug = ?1 DESC, lang LIMIT 1`,
    )
    .bind(slug, normalized)
    .first();
  return row === null ? null : entryRowSchema.parse(row);
}

const slugRowSchema = z.object({ normalized: z.string(), slug: z.string() });

/** Slugs of the entries with these normalized terms (the ones that exist). */
export async function findSlugs(db: D1Database, normalized: readonly string[]): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  for (const part of chunks([...new Set(normalized)])) {
    const { results } = await db
      .prepare(`SELECT normalized, slug FROM terms WHERE normalized IN (${part.map(() => "?").join(", ")})`)
      .bind(...part)
      .all();
    for (const row of z.array(slugRowSchema).parse(results)) {
      if (!slugs.has(row.normalized)) slugs.set(row.normalized, row.slug);
    }
  }
  return slugs;
}

const knownTermSchema = z.object({
  id: z.string(),
  term: z.string(),
  category: z.string(),
  normalized: z.string(),
});

/** Every entry's term and normalized form: what `lookupTerms` matches a score's words against. */
export async function listKnownTerms(db: D1Database): Promise<Array<z.infer<typeof knownTermSchema>>> {
  const { results } = await db.prepare("SELECT id, term, category, normalized FROM terms").all();
  return z.array(knownTermSchema).parse(results);
}

export async function listEntries(db: D1Database): Promise<EntryRow[]> {
  const { results } = await db.prepare(`SELECT ${ENTRY_COLUMNS} FROM terms ORDER BY normalized, lang`).all();
  return z.array(entryRowSchema).parse(results);
}

const pageRowSchema = z.object({ slug: z.string(), updated_at: z.number() });

/** Every entry's slug and last change: the sitemap. */
export async function listSlugs(db: D1Database): Promise<Array<z.infer<typeof pageRowSchema>>> {
  const { results } = await db.prepare("SELECT slug, updated_at FROM terms ORDER BY slug").all();
  return z.array(pageRowSchema).parse(results);
}

export interface BrowseQuery {
  category?: string | undefined;
  letter?: string | undefined;
  limit: number;
  offset: number;
}

export async function browseSummaries(db: D1Database, query: BrowseQuery): Promise<SummaryRow[]> {
  // A letter is a range on the normalized term, so the (category, normalized) index serves it.
  const from = query.letter ?? null;
  const to = query.letter ? String.fromCodePoint((query.letter.codePointAt(0) ?? 0) + 1) : null;
  const { results } = await db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM terms
       WHERE (?1 IS NULL OR category = ?1) AND (?2 IS NULL OR (normalized >= ?2 AND normalized < ?3))
       ORDER BY normalized, lang LIMIT ?4 OFFSET ?5`,
    )
    .bind(query.category ?? null, from, to, query.limit, query.offset)
    .all();
  return z.array(summaryRowSchema).parse(results);
}

/**
 * Most looked-up entries first. Entries nobody has looked up yet follow, the ones a musician meets
 * first in a score (tempo, dynamics, articulation, expression; short names first), so a new
 * dictionary's list is useful rather than empty.
 */
export async function listPopular(db: D1Database, limit: number): Promise<SummaryRow[]> {
  const columns = SUMMARY_COLUMNS.split(", ")
    .map((column) => `terms.${column}`)
    .join(", ");
  const { results } = await db
    .prepare(
      `SELECT ${columns} FROM terms LEFT JOIN term_views ON term_views.term_id = terms.id
       ORDER BY COALESCE(term_views.views, 0) DESC,
         CASE terms.category WHEN 'tempo' THEN 0 WHEN 'dynamics' THEN 1 WHEN 'articulation' THEN 2
           WHEN 'expression' THEN 3 ELSE 4 END,
         length(terms.normalized), terms.normalized
       LIMIT ?1`,
    )
    .bind(limit)
    .all();
  return z.array(summaryRowSchema).parse(results);
}
