import { z } from "zod";

// Candidate retrieval for search: one D1 round trip with up to three statements (name prefix,
// full text, trigram overlap); ranking happens in the service with the shared ranking code.

export interface CandidateQuery {
  /** Normalized query. */
  query: string;
  /** FTS5 MATCH expression, or null when the query has no indexable word. */
  match: string | null;
  trigrams: readonly string[];
  minSharedTrigrams: number;
  minLength: number;
  maxLength: number;
  /** 0 disables the trigram statement. */
  maxTypos: number;
}

const idRowSchema = z.object({ term_id: z.string() });

/** Term ids worth ranking, each with its full-text rank when the definition matched. */
export async function findCandidates(
  db: D1Database,
  query: CandidateQuery,
): Promise<Map<string, number | undefined>> {
  const statements = [
    db
      .prepare(
        `SELECT DISTINCT term_id FROM term_names WHERE normalized >= ?1 AND normalized < ?2
         ORDER BY name_length LIMIT 60`,
      )
      .bind(query.query, `${query.query}\u{10FFFF}`),
  ];
  if (query.match !== null) {
    statements.push(
      db
        .prepare(
          `SELECT terms.id AS term_id FROM terms_fts JOIN terms ON terms.rowid = terms_fts.rowid
           WHERE terms_fts MATCH ?1 ORDER BY rank LIMIT 40`,
        )
        .bind(query.match),
    );
  }
  if (query.maxTypos > 0 && query.trigrams.length > 0) {
    const placeholders = query.trigrams.map((_, index) => `?${index + 4}`).join(", ");
    statements.push(
      db
        .prepare(
          `SELECT term_names.term_id AS term_id FROM term_trigrams
           JOIN term_names ON term_names.id = term_trigrams.name_id
           WHERE term_trigrams.trigram IN (${placeholders}) AND term_names.name_length BETWEEN ?1 AND ?2
           GROUP BY term_trigrams.name_id HAVING count(*) >= ?3
           ORDER BY count(*) DESC LIMIT 40`,
        )
        .bind(query.minLength, query.maxLength, query.minSharedTrigrams, ...query.trigrams),
    );
  }
  const [prefix, fullText, typo] = await db.batch(statements);
  const candidates = new Map<string, number | undefined>();
  const ids = (result: D1Result | undefined) => z.array(idRowSchema).parse(result?.results ?? []);
  for (const row of ids(prefix)) candidates.set(row.term_id, undefined);
  // With no full-text statement, the third result is the trigram one.
  const textRows = query.match === null ? [] : ids(fullText);
  textRows.forEach((row, rank) => {
    if (!candidates.has(row.term_id) || candidates.get(row.term_id) === undefined)
      candidates.set(row.term_id, rank);
  });
  for (const row of ids(query.match === null ? fullText : typo)) {
    if (!candidates.has(row.term_id)) candidates.set(row.term_id, undefined);
  }
  return candidates;
}
