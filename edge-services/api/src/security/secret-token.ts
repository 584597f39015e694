/**
 * Unguessable tokens (magic links, browser bindings, OIDC state) and their SHA-256 digests. Only
 * digests are stored, so a leaked database row cannot be replayed as a link.
 */
const TOKEN_BYTES = 32;

/** 32 random bytes, base64url without padding (43 characters). */
export function createSecretToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  return encodeBase64Url(bytes);
}

/** Lower-case hex SHA-256 of a string. */
export async function hashSecret(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function encodeBase64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

/** Matches a token made by `createSecretToken`. */
export const secretTokenPattern = /^[A-Za-z0-9_-]{43}$/;
