import { z } from "zod";
import { type User, userFromRow, userRowSchema } from "./users.store";

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

// A session row and its user's row in one read; the user's columns are prefixed, `u_id` first.
const sessionWithUserRowSchema = sessionRowSchema.extend({
  u_id: userRowSchema.shape.id,
  u_email: userRowSchema.shape.email,
  u_display_name: userRowSchema.shape.display_name,
  u_created_at: userRowSchema.shape.created_at,
});
const ACTIVE_SESSION_WITH_USER_SQL = `SELECT s.id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
  s.user_agent, u.id AS u_id, u.email AS u_email, u.display_name AS u_display_name, u.created_at AS u_created_at
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.id = ? AND s.revoked_at IS NULL AND s.expires_at > ?`;

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
  /** {@link findActive} with the session's user, in one query (every signed-in request asks it). */
  findActiveWithUser(
    sessionId: string,
    nowMs: number,
  ): Promise<{ session: SessionRecord; user: User } | undefined>;
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
    async findActiveWithUser(sessionId, nowMs) {
      const row = await db.prepare(ACTIVE_SESSION_WITH_USER_SQL).bind(sessionId, nowMs).first();
      if (row === null) return undefined;
      const parsed = sessionWithUserRowSchema.parse(row);
      const user = userFromRow({
        id: parsed.u_id,
        email: parsed.u_email,
        display_name: parsed.u_display_name,
        created_at: parsed.u_created_at,
      });
      return { session: toSession(parsed), user };
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
