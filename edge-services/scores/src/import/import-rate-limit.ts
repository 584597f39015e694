/** One URL import per this window per user (DESIGN.md §6). */
export const IMPORT_WINDOW_MS = 10 * 60 * 1000;

export type SlotClaim = { claimed: true } | { claimed: false; retryAfterSeconds: number };

/**
 * Claims the user's import slot: succeeds when their last import is at least a window old, in one
 * statement so two racing imports cannot both pass.
 */
export async function claimImportSlot(db: D1Database, userId: string, now: number): Promise<SlotClaim> {
  const result = await db
    .prepare(
      `INSERT INTO url_import_slots (user_id, last_import_at) VALUES (?1, ?2)
       ON CONFLICT (user_id) DO UPDATE SET last_import_at = excluded.last_import_at
       WHERE url_import_slots.last_import_at <= ?2 - ?3`,
    )
    .bind(userId, now, IMPORT_WINDOW_MS)
    .run();
  if (result.meta.changes > 0) return { claimed: true };
  const row = await db
    .prepare("SELECT last_import_at FROM url_import_slots WHERE user_id = ?1")
    .bind(userId)
    .first<{ last_import_at: number }>();
  const last = row?.last_import_at ?? now;
  return {
    claimed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((last + IMPORT_WINDOW_MS - now) / 1000)),
  };
}

/** Account deletion: the user's import slot goes with the rest of their data. */
export async function deleteImportSlot(db: D1Database, userId: string): Promise<void> {
  await db.prepare("DELETE FROM url_import_slots WHERE user_id = ?1").bind(userId).run();
}
