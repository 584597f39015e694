import { namesOf, normalizeTerm, slugifyTerm } from "@mirubato/term-search";
import type { GeneratedDefinition } from "./definition-provider";

export type RequestStatus = "queued" | "generated" | "rejected" | "failed";

/**
 * Records a request once per normalized term, and which musician asked; false when the term was
 * already asked for (so it is queued once however many ask).
 */
export async function recordRequest(
  db: D1Database,
  query: string,
  userId: string,
  nowMs: number,
): Promise<boolean> {
  const normalized = normalizeTerm(query);
  const [request] = await db.batch([
    db
      .prepare(
        `INSERT INTO term_requests (normalized, query, status, requested_at, updated_at) VALUES (?1, ?2, 'queued', ?3, ?3)
         ON CONFLICT (normalized) DO UPDATE SET status = 'queued', updated_at = ?3 WHERE term_requests.status = 'failed'`,
      )
      .bind(normalized, query, nowMs),
    db
      .prepare(
        `INSERT INTO term_request_askers (normalized, user_id, requested_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (normalized, user_id) DO UPDATE SET requested_at = ?3`,
      )
      .bind(normalized, userId, nowMs),
  ]);
  return (request?.meta.changes ?? 0) > 0;
}

export async function setRequestStatus(db: D1Database, query: string, status: RequestStatus, nowMs: number) {
  await db
    .prepare("UPDATE term_requests SET status = ?2, updated_at = ?3 WHERE normalized = ?1")
    .bind(normalizeTerm(query), status, nowMs)
    .run();
}

/**
 * Stores an accepted generated entry as `source = 'ai'` with its confidence, unreviewed. The
 * triggers index its names and bump the data version (which retires cached "not found" answers).
 */
export async function insertGeneratedTerm(
  db: D1Database,
  definition: GeneratedDefinition,
  model: string,
  nowMs: number,
): Promise<string> {
  const normalized = normalizeTerm(definition.term);
  const baseSlug = slugifyTerm(definition.term);
  const taken = await db.prepare("SELECT 1 FROM terms WHERE slug = ?1").bind(baseSlug).first();
  const slug = taken ? `${baseSlug}-${definition.lang}` : baseSlug;
  const id = `gen-${crypto.randomUUID()}`;
  const names = namesOf(definition);
  await db.batch([
    db
      .prepare(
        `INSERT INTO terms (id, slug, term, normalized, lang, category, concise_definition, detailed_definition,
           etymology, pronunciation_json, example, equivalents_json, related_json, references_json, source,
           source_model, quality_score, created_at, updated_at, names_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'ai', ?15, ?16, ?17, ?17, ?18)`,
      )
      .bind(
        id,
        slug,
        definition.term,
        normalized,
        definition.lang,
        definition.category,
        definition.concise,
        definition.detailed,
        definition.etymology,
        JSON.stringify(definition.pronunciation),
        definition.example,
        JSON.stringify(definition.equivalents),
        JSON.stringify(definition.related),
        JSON.stringify(definition.references),
        model,
        definition.confidence,
        nowMs,
        JSON.stringify(names.map((name) => [name.name, name.normalized, name.kind, name.lang])),
      ),
    ...names.map((name) =>
      db
        .prepare(
          `INSERT OR IGNORE INTO term_names (term_id, name, normalized, kind, lang, name_length)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
        )
        .bind(id, name.name, name.normalized, name.kind, name.lang, Array.from(name.normalized).length),
    ),
  ]);
  return id;
}
