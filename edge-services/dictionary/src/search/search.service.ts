import {
  maxTyposFor,
  minSharedTrigrams,
  normalizeTerm,
  rankCandidates,
  type SearchResponse,
  trigramsOf,
} from "@mirubato/term-search";
import { toSummary } from "../terms/term-row";
import { findCandidates } from "./search.store";

export interface SearchInput {
  q: string;
  lang: string;
  limit: number;
}

/**
 * An FTS5 expression: the words typed so far as whole words and the last one (still being typed)
 * as a prefix ("poco a po" → `"poco" "a" "po"*`). Only the last word expands to a prefix scan,
 * which keeps a short word such as "a" from expanding to every token that starts with it.
 */
export function toMatchExpression(query: string): string | null {
  const words = query.split(" ").filter((word) => word.length > 0);
  // Normalized words hold only letters and digits, so quoting them is all the escaping FTS5 needs.
  return words.length === 0
    ? null
    : words.map((word, index) => (index === words.length - 1 ? `"${word}"*` : `"${word}"`)).join(" ");
}

/**
 * Search per DESIGN.md §3b: candidates from D1 in one round trip (name prefix, FTS5 full text,
 * trigram overlap for typos), ranked by the same code as the client's offline search.
 */
export async function searchTerms(db: D1Database, input: SearchInput): Promise<SearchResponse> {
  const query = normalizeTerm(input.q);
  if (!query) return { results: [] };
  const length = Array.from(query).length;
  const maxTypos = maxTyposFor(length);
  const trigrams = trigramsOf(query);
  const candidates = await findCandidates(db, {
    query,
    match: toMatchExpression(query),
    trigrams,
    minSharedTrigrams: minSharedTrigrams(trigrams.length, maxTypos),
    minLength: Math.max(1, length - maxTypos),
    maxLength: length + maxTypos + 1,
    maxTypos,
  });
  const ranked = rankCandidates(
    query,
    candidates.map((row) => {
      const candidate = { item: row, names: row.names_json, sortKey: row.normalized };
      return row.text_rank === null ? candidate : { ...candidate, textRank: row.text_rank };
    }),
    input.limit,
  );
  const results = ranked.hits.map((hit) => toSummary(hit.item, input.lang));
  return ranked.didYouMean === undefined ? { results } : { results, didYouMean: ranked.didYouMean };
}

/** Prefix suggestions for search-as-you-type: names only, no definitions. */
export async function suggestTerms(db: D1Database, q: string, limit: number) {
  const { results } = await searchTerms(db, { q, lang: "en", limit });
  return { suggestions: results.map((result) => ({ term: result.term, slug: result.slug })) };
}
