import { z } from "zod";

/** A signed-in browser. The session JWT's `jti` is `id`; revoking the row ends the session. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAtMs: number;
  lastSeenAtMs: number;
  expiresAtMs: number;
  revokedAtMs: number | null;
  userAgent: string | null;
}

export const sessionRowSchema = z.object({
  id: z.string(),
  user_id: z.string(),
  created_at: z.number(),
  last_seen_at: z.number(),
  expires_at: z.number(),
  revoked_at: z.number().nullable(),
  user_agent: z.string().nullable(),
});

const toSession = (row: unknown): SessionRecord => {
  const parsed = sessionRowSchema.parse(row);
  return {
    id: parsed.id,
    userId: parsed.user_id,
    createdAtMs: parsed.created_at,
    lastSeenAtMs: parsed.last_seen_at,
    expiresAtMs: parsed.expires_at,
    revokedAtMs: parsed.revoked_at,
    userAgent: parsed.user_agent,
  };
};

const SESSION_COLUMNS = "id, user_id, created_at, last_seen_at, expires_at, revoked_at, user_agent";

export interface NewSession {
  id: string;
  userId: string;
  nowMs: number;
  expiresAtMs: number;
  userAgent: string | null;
}

export interface SessionStore {
  create(session: NewSession): Promise<void>;
  /** The session when it exists, is not revoked and has not expired at `nowMs`. */
  findActive(sessionId: string, nowMs: number): Promise<SessionRecord | undefined>;
  listActive(userId: string, nowMs: number): Promise<SessionRecord[]>;
  touch(sessionId: string, nowMs: number): Promise<void>;
  /** Revokes one session of this user; false when there was no such active session. */
  revoke(sessionId: string, userId: string, nowMs: number): Promise<boolean>;
  /** Revokes every active session of the user and returns their ids. */
  revokeAll(userId: string, nowMs: number): Promise<string[]>;
}

export function createSessionStore(db: D1Database): SessionStore {
  return {
    async create({ id, userId, nowMs, expiresAtMs, userAgent }) {
      await db
        .prepare(
          "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, user_agent) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id, userId, nowMs, nowMs, expiresAtMs, userAgent)
        .run();
    },
    async findActive(sessionId, nowMs) {
      const row = await db
        .prepare(
          `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ? AND revoked_at IS NULL AND expires_at > ?`,
        )
        .bind(sessionId, nowMs)
        .first();
      return row === null ? undefined : toSession(row);
    },
    async listActive(userId, nowMs) {
      const { results } = await db
        .prepare(
          `SELECT ${SESSION_COLUMNS} FROM sessions WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?
           ORDER BY last_seen_at DESC`,
        )
        .bind(userId, nowMs)
        .all();
      return results.map(toSession);
    },
    async touch(sessionId, nowMs) {
      await db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?").bind(nowMs, sessionId).run();
    },
    async revoke(sessionId, userId, nowMs) {
      const result = await db
        .prepare("UPDATE sessions SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
        .bind(nowMs, sessionId, userId)
        .run();
      return result.meta.changes > 0;
    },
    async revokeAll(userId, nowMs) {
      const { results } = await db
        .prepare(
          `UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?
           RETURNING id`,
        )
        .bind(nowMs, userId, nowMs)
        .all();
      return results.map((row) => z.object({ id: z.string() }).parse(row).id);
    },
  };
}
