/** One URL import per window per user (DESIGN.md §6). */
export const URL_IMPORT_WINDOW_MS = 10 * 60 * 1000;

export type ImportSlot = { isAllowed: true } | { isAllowed: false; retryAfterSec: number };

/**
 * Takes the user's import slot when the last import started a full window ago (or never): one
 * conditional upsert, so of two racing imports exactly one changes the row and is allowed.
 */
export async function takeUrlImportSlot(db: D1Database, userId: string, nowMs: number): Promise<ImportSlot> {
  const taken = await db
    .prepare(
      `INSERT INTO url_imports (user_id, last_started_at) VALUES (?1, ?2)
       ON CONFLICT (user_id) DO UPDATE SET last_started_at = excluded.last_started_at
       WHERE url_imports.last_started_at <= ?2 - ?3`,
    )
    .bind(userId, nowMs, URL_IMPORT_WINDOW_MS)
    .run();
  if (taken.meta.changes > 0) return { isAllowed: true };
  const row = await db
    .prepare("SELECT last_started_at FROM url_imports WHERE user_id = ?")
    .bind(userId)
    .first<{ last_started_at: number }>();
  const waitMs = (row?.last_started_at ?? nowMs) + URL_IMPORT_WINDOW_MS - nowMs;
  return { isAllowed: false, retryAfterSec: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Account deletion: the user's import history goes with the rest of their data. */
export async function deleteUrlImports(db: D1Database, userId: string): Promise<void> {
  await db.prepare("DELETE FROM url_imports WHERE user_id = ?").bind(userId).run();
}
