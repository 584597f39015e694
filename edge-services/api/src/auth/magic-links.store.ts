import { z } from "zod";

export interface NewMagicLink {
  tokenHash: string;
  email: string;
  bindingHash: string;
  redirectPath: string | null;
  nowMs: number;
  expiresAtMs: number;
}

export interface ConsumedMagicLink {
  email: string;
  redirectPath: string | null;
}

/** Why a link could not be used. `not_found` covers unknown and tampered tokens alike. */
export type MagicLinkFailure = "not_found" | "expired" | "used" | "other_browser";

export type ConsumeResult = { ok: true; link: ConsumedMagicLink } | { ok: false; reason: MagicLinkFailure };

const consumedRowSchema = z.object({ email: z.string(), redirect_path: z.string().nullable() });
const stateRowSchema = z.object({ used_at: z.number().nullable(), expires_at: z.number() });

const RETAIN_EXPIRED_MS = 24 * 60 * 60 * 1000;

export interface MagicLinkStore {
  insert(link: NewMagicLink): Promise<void>;
  /**
   * Marks the link used if it is unused, unexpired and bound to this browser, in one UPDATE so
   * two clicks racing cannot both succeed.
   */
  consume(tokenHash: string, bindingHash: string, nowMs: number): Promise<ConsumeResult>;
}

export function createMagicLinkStore(db: D1Database): MagicLinkStore {
  return {
    async insert(link) {
      await db.batch([
        // Links that expired over a day ago can only matter as "expired" vs "invalid": drop them.
        db.prepare("DELETE FROM magic_links WHERE expires_at < ?").bind(link.nowMs - RETAIN_EXPIRED_MS),
        db
          .prepare(
            `INSERT INTO magic_links (token_hash, email, binding_hash, redirect_path, created_at, expires_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .bind(
            link.tokenHash,
            link.email,
            link.bindingHash,
            link.redirectPath,
            link.nowMs,
            link.expiresAtMs,
          ),
      ]);
    },
    async consume(tokenHash, bindingHash, nowMs) {
      const consumed = await db
        .prepare(
          `UPDATE magic_links SET used_at = ?
           WHERE token_hash = ? AND binding_hash = ? AND used_at IS NULL AND expires_at > ?
           RETURNING email, redirect_path`,
        )
        .bind(nowMs, tokenHash, bindingHash, nowMs)
        .first();
      if (consumed !== null) {
        const row = consumedRowSchema.parse(consumed);
        return { ok: true, link: { email: row.email, redirectPath: row.redirect_path } };
      }
      const state = await db
        .prepare("SELECT used_at, expires_at FROM magic_links WHERE token_hash = ?")
        .bind(tokenHash)
        .first();
      if (state === null) return { ok: false, reason: "not_found" };
      const row = stateRowSchema.parse(state);
      if (row.used_at !== null) return { ok: false, reason: "used" };
      if (row.expires_at <= nowMs) return { ok: false, reason: "expired" };
      return { ok: false, reason: "other_browser" };
    },
  };
}
