import { LIMITED_ACTIONS, userSubject } from "../feedback/rate-limit";

/**
 * Erases everything the dictionary holds about one musician: their reports (with their notes),
 * which missing terms they asked for, and their rate-limit counters. What stays is not personal:
 * entries, and requested terms without anyone's id. Running it again deletes nothing more.
 */
export async function deleteUserRows(db: D1Database, userId: string): Promise<number> {
  const subjects = LIMITED_ACTIONS.map((action) => userSubject(action, userId));
  const results = await db.batch([
    db.prepare("DELETE FROM term_flags WHERE user_id = ?1").bind(userId),
    db.prepare("DELETE FROM term_request_askers WHERE user_id = ?1").bind(userId),
    db
      .prepare(
        `DELETE FROM rate_limit_windows WHERE subject IN (${subjects.map((_, i) => `?${i + 1}`).join(", ")})`,
      )
      .bind(...subjects),
  ]);
  return results.reduce((total, result) => total + result.meta.changes, 0);
}
