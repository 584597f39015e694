import { z } from "zod";

export interface User {
  id: string;
  email: string;
  displayName: string | null;
  createdAtMs: number;
}

export const userRowSchema = z.object({
  id: z.string(),
  email: z.string(),
  display_name: z.string().nullable(),
  created_at: z.number(),
});

/** A `users` row (as `userRowSchema` parses it) as a `User`. */
export const userFromRow = (row: z.infer<typeof userRowSchema>): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  createdAtMs: row.created_at,
});

const toUser = (row: unknown): User | undefined =>
  row === null ? undefined : userFromRow(userRowSchema.parse(row));

const USER_COLUMNS = "id, email, display_name, created_at";

export interface UserStore {
  findById(userId: string): Promise<User | undefined>;
  /** The user with this (already normalised) email, created on first sign-in. */
  findOrCreateByEmail(email: string, nowMs: number): Promise<User>;
  findByIdentity(provider: string, subject: string): Promise<User | undefined>;
  linkIdentity(provider: string, subject: string, userId: string, nowMs: number): Promise<void>;
  /** Deletes the user; identities and sessions go with it (ON DELETE CASCADE). */
  deleteUser(userId: string): Promise<void>;
}

export function createUserStore(db: D1Database): UserStore {
  return {
    async findById(userId) {
      return toUser(await db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`).bind(userId).first());
    },
    async findOrCreateByEmail(email, nowMs) {
      // INSERT OR IGNORE + SELECT: two first sign-ins racing for one address end with one user.
      await db
        .prepare("INSERT OR IGNORE INTO users (id, email, created_at) VALUES (?, ?, ?)")
        .bind(crypto.randomUUID(), email, nowMs)
        .run();
      const user = toUser(
        await db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email = ?`).bind(email).first(),
      );
      if (!user) throw new Error("user row missing right after insert");
      return user;
    },
    async findByIdentity(provider, subject) {
      const row = await db
        .prepare(
          `SELECT u.id, u.email, u.display_name, u.created_at FROM identities i JOIN users u ON u.id = i.user_id
           WHERE i.provider = ? AND i.subject = ?`,
        )
        .bind(provider, subject)
        .first();
      return toUser(row);
    },
    async linkIdentity(provider, subject, userId, nowMs) {
      await db
        .prepare(
          "INSERT OR IGNORE INTO identities (provider, subject, user_id, created_at) VALUES (?, ?, ?, ?)",
        )
        .bind(provider, subject, userId, nowMs)
        .run();
    },
    async deleteUser(userId) {
      await db.prepare("DELETE FROM users WHERE id = ?").bind(userId).run();
    },
  };
}
