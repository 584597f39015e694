export interface NewFlag {
  termId: string;
  reason: string;
  note: string | undefined;
}

export async function insertFlag(db: D1Database, flag: NewFlag, nowMs: number): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .prepare("INSERT INTO term_flags (id, term_id, reason, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
    .bind(id, flag.termId, flag.reason, flag.note ?? null, nowMs)
    .run();
  return id;
}
