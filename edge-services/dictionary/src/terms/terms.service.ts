import { normalizeTerm, slugifyTerm, type TermEntry, type TermPack } from "@mirubato/term-search";
import { searchTerms } from "../search/search.service";
import { toEntry, toSummary } from "./term-row";
import type { BrowseQuery } from "./terms.store";
import { browseSummaries, findEntry, findSlugs, listEntries, listPopular, listSlugs } from "./terms.store";

export type TermLookup =
  | { found: true; entry: TermEntry }
  | { found: false; body: { error: { code: "not_found"; message: string }; suggestions: unknown[] } };

/**
 * The entry for a URL key (a slug, or the term as typed: "Poco a poco", "étude"). A missing
 * term is answered honestly, with the closest entries as suggestions, never an invented one.
 */
export async function lookUpTerm(db: D1Database, key: string, lang: string): Promise<TermLookup> {
  const row = await findEntry(db, slugifyTerm(key), normalizeTerm(key));
  if (row) {
    const slugs = await findSlugs(db, row.related_json.map(normalizeTerm));
    return { found: true, entry: toEntry(row, lang, slugs) };
  }
  const { results } = await searchTerms(db, { q: key, lang, limit: 5 });
  return {
    found: false,
    body: {
      error: { code: "not_found", message: `“${key}” is not in the dictionary yet` },
      suggestions: results,
    },
  };
}

export async function browseTerms(db: D1Database, query: BrowseQuery & { lang: string }) {
  const rows = await browseSummaries(db, query);
  return { results: rows.map((row) => toSummary(row, query.lang)) };
}

export async function popularTerms(db: D1Database, lang: string, limit: number) {
  const rows = await listPopular(db, limit);
  return { results: rows.map((row) => toSummary(row, lang)) };
}

/** Every entry in full: the client downloads it once and then searches and reads offline. */
export async function buildPack(db: D1Database, version: number): Promise<TermPack> {
  const rows = await listEntries(db);
  const slugs = new Map<string, string>();
  for (const row of rows) if (!slugs.has(row.normalized)) slugs.set(row.normalized, row.slug);
  return { version: String(version), terms: rows.map((row) => toEntry(row, "en", slugs)) };
}

export async function termPages(db: D1Database) {
  const rows = await listSlugs(db);
  return {
    terms: rows.map((row) => ({ slug: row.slug, updatedAt: new Date(row.updated_at).toISOString() })),
  };
}
