import { z } from "zod";

export interface NewFlag {
  termId: string;
  userId: string;
  reason: string;
  note: string | undefined;
}

const flagIdSchema = z.object({ id: z.string() });

/**
 * Stores a report for review. A musician has at most one open report per entry: reporting again
 * replaces its reason and note instead of piling up duplicates.
 */
export async function upsertFlag(db: D1Database, flag: NewFlag, nowMs: number): Promise<string> {
  const row = await db
    .prepare(
      `INSERT INTO term_flags (id, term_id, user_id, reason, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
       ON CONFLICT (term_id, user_id) WHERE status = 'open' AND user_id IS NOT NULL
       DO UPDATE SET reason = excluded.reason, note = excluded.note, created_at = excluded.created_at
       RETURNING id`,
    )
    .bind(crypto.randomUUID(), flag.termId, flag.userId, flag.reason, flag.note ?? null, nowMs)
    .first();
  return flagIdSchema.parse(row).id;
}
