import { z } from "zod";
import { sessionRowSchema } from "../auth/sessions.store";
import { userRowSchema } from "../auth/users.store";

/**
 * Data rights: everything the api database holds about one account, and its deletion. Tables
 * added later that hold a user's rows should reference users(id) ON DELETE CASCADE, so deleting
 * the user row removes them too; rows keyed by email are deleted here explicitly.
 */
const exportRowsSchema = z.object({
  user: userRowSchema,
  identities: z.array(z.object({ provider: z.string(), subject: z.string(), created_at: z.number() })),
  sessions: z.array(sessionRowSchema.omit({ user_id: true })),
  magicLinks: z.array(
    z.object({ created_at: z.number(), expires_at: z.number(), used_at: z.number().nullable() }),
  ),
  syncedDocuments: z.array(
    z.object({ collection: z.string(), seq: z.number(), updated_at: z.number(), doc: z.string() }),
  ),
});

export type AccountExportRows = z.infer<typeof exportRowsSchema>;

export interface AccountStore {
  exportRows(userId: string, email: string): Promise<AccountExportRows>;
  /**
   * Deletes the user and every row about them in one batch (all or nothing); returns the ids of
   * the sessions it removed, so their relay sockets can be closed.
   */
  deleteAccount(userId: string, email: string): Promise<string[]>;
}

export function createAccountStore(db: D1Database): AccountStore {
  return {
    async exportRows(userId, email) {
      const [user, identities, sessions, magicLinks, syncedDocuments] = await db.batch([
        db.prepare("SELECT id, email, display_name, created_at FROM users WHERE id = ?").bind(userId),
        db.prepare("SELECT provider, subject, created_at FROM identities WHERE user_id = ?").bind(userId),
        db
          .prepare(
            `SELECT id, created_at, last_seen_at, expires_at, revoked_at, user_agent FROM sessions
             WHERE user_id = ? ORDER BY created_at`,
          )
          .bind(userId),
        // Hashes are not the user's data and would only help an attacker: they are left out.
        db
          .prepare(
            "SELECT created_at, expires_at, used_at FROM magic_links WHERE email = ? ORDER BY created_at",
          )
          .bind(email),
        db
          .prepare(
            "SELECT collection, seq, updated_at, doc FROM synced_documents WHERE user_id = ? ORDER BY collection, seq",
          )
          .bind(userId),
      ]);
      return exportRowsSchema.parse({
        user: user?.results[0],
        identities: identities?.results,
        sessions: sessions?.results,
        magicLinks: magicLinks?.results,
        syncedDocuments: syncedDocuments?.results,
      });
    },
    async deleteAccount(userId, email) {
      const [sessions] = await db.batch([
        db.prepare("SELECT id FROM sessions WHERE user_id = ?").bind(userId),
        db.prepare("DELETE FROM magic_links WHERE email = ?").bind(email),
        db.prepare("DELETE FROM dev_mailbox WHERE to_email = ?").bind(email),
        // Synced documents would also go by ON DELETE CASCADE; explicit keeps the list complete here.
        db.prepare("DELETE FROM synced_documents WHERE user_id = ?").bind(userId),
        db.prepare("DELETE FROM sync_sequences WHERE user_id = ?").bind(userId),
        db.prepare("DELETE FROM sessions WHERE user_id = ?").bind(userId),
        db.prepare("DELETE FROM identities WHERE user_id = ?").bind(userId),
        db.prepare("DELETE FROM users WHERE id = ?").bind(userId),
      ]);
      return z
        .array(z.object({ id: z.string() }))
        .parse(sessions?.results ?? [])
        .map((row) => row.id);
    },
  };
}
