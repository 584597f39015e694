import { z } from "zod";

/** A Google sign-in in flight, keyed by the SHA-256 of its `state`. */
export interface OidcState {
  codeVerifier: string;
  nonce: string;
  redirectPath: string | null;
}

const stateRowSchema = z.object({
  code_verifier: z.string(),
  nonce: z.string(),
  redirect_path: z.string().nullable(),
});

export interface OidcStateStore {
  insert(stateHash: string, state: OidcState, nowMs: number, expiresAtMs: number): Promise<void>;
  /** Deletes and returns the state if it has not expired: each state works once. */
  take(stateHash: string, nowMs: number): Promise<OidcState | undefined>;
}

export function createOidcStateStore(db: D1Database): OidcStateStore {
  return {
    async insert(stateHash, state, nowMs, expiresAtMs) {
      await db.batch([
        db.prepare("DELETE FROM oidc_states WHERE expires_at <= ?").bind(nowMs),
        db
          .prepare(
            `INSERT INTO oidc_states (state_hash, code_verifier, nonce, redirect_path, created_at, expires_at)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .bind(stateHash, state.codeVerifier, state.nonce, state.redirectPath, nowMs, expiresAtMs),
      ]);
    },
    async take(stateHash, nowMs) {
      const row = await db
        .prepare(
          "DELETE FROM oidc_states WHERE state_hash = ? AND expires_at > ? RETURNING code_verifier, nonce, redirect_path",
        )
        .bind(stateHash, nowMs)
        .first();
      if (row === null) return undefined;
      const parsed = stateRowSchema.parse(row);
      return { codeVerifier: parsed.code_verifier, nonce: parsed.nonce, redirectPath: parsed.redirect_path };
    },
  };
}
