import type { TermName } from "@mirubato/term-search";
import { z } from "zod";
import { SUMMARY_COLUMNS, summaryRowSchema } from "../terms/term-row";

/**
 * Candidate retrieval for search in one statement (one D1 round trip): term names by prefix,
 * the full-text index over definitions, and trigram overlap for typos, joined to the entries'
 * summaries with every name each entry can be found by, already normalized (`names_json`,
 * migration 0004), so ranking does no normalizing of its own. Ranking happens in the service.
 */

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

const nameTupleSchema = z.tuple([z.string(), z.string(), z.enum(["term", "equivalent"]), z.string()]);

const candidateRowSchema = summaryRowSchema.extend({
  text_rank: z.number().nullable(),
  names_json: z
    .string()
    .transform((text): unknown => JSON.parse(text))
    .pipe(z.array(nameTupleSchema))
    .transform((tuples): TermName[] =>
      tuples.map(([name, normalized, kind, lang]) => ({ name, normalized, kind, lang })),
    ),
});
export type CandidateRow = z.infer<typeof candidateRowSchema>;

const SUMMARY_OF_TERMS = SUMMARY_COLUMNS.split(", ")
  .map((column) => `terms.${column}`)
  .join(", ");

// A source that is switched off still has to exist for the UNION below.
const NO_ROWS = "SELECT NULL AS term_id, NULL AS text_rank WHERE 0";

/** Entries worth ranking, each with its names and its full-text rank when its definition matched. */
export async function findCandidates(db: D1Database, query: CandidateQuery): Promise<CandidateRow[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => `?${params.push(value)}`;
  const prefix = `SELECT term_id, NULL AS text_rank FROM term_names
    WHERE normalized >= ${param(query.query)} AND normalized < ${param(`${query.query}\u{10FFFF}`)}
    ORDER BY name_length LIMIT 60`;
  const fullText =
    query.match === null
      ? NO_ROWS
      : `SELECT terms.id AS term_id, row_number() OVER (ORDER BY terms_fts.rank) - 1 AS text_rank
         FROM terms_fts JOIN terms ON terms.rowid = terms_fts.rowid
         WHERE terms_fts MATCH ${param(query.match)} ORDER BY terms_fts.rank LIMIT 40`;
  const typo =
    query.maxTypos > 0 && query.trigrams.length > 0
      ? `SELECT term_names.term_id AS term_id, NULL AS text_rank FROM term_trigrams
         JOIN term_names ON term_names.id = term_trigrams.name_id
         WHERE term_trigrams.trigram IN (SELECT value FROM json_each(${param(JSON.stringify(query.trigrams))}))
           AND term_names.name_length BETWEEN ${param(query.minLength)} AND ${param(query.maxLength)}
         GROUP BY term_trigrams.name_id HAVING count(*) >= ${param(query.minSharedTrigrams)}
         ORDER BY count(*) DESC LIMIT 40`
      : NO_ROWS;
  const { results } = await db
    .prepare(
      `WITH prefix AS (${prefix}), full_text AS (${fullText}), typo AS (${typo}),
       candidates AS (
         SELECT term_id, min(text_rank) AS text_rank FROM (
           SELECT * FROM prefix UNION ALL SELECT * FROM full_text UNION ALL SELECT * FROM typo
         ) GROUP BY term_id
       )
       SELECT ${SUMMARY_OF_TERMS}, candidates.text_rank, terms.names_json
       FROM candidates JOIN terms ON terms.id = candidates.term_id`,
    )
    .bind(...params)
    .all();
  return z.array(candidateRowSchema).parse(results);
}
