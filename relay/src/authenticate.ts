/**
 * Who is opening the relay socket. The relay never accepts an unauthenticated socket.
 *
 * TODO(#4): verify the session cookie once accounts land. Intended contract: read the HttpOnly
 * session cookie, verify its HS256 JWT with jose against the key set shared with the api
 * (`SESSION_KEYS`, a secret of both workers; kid picks the key), check expiry, and answer the token's subject as
 * `userId`. Any missing, malformed, expired or wrongly signed cookie is `{ ok: false }`, which the
 * route turns into HTTP 401 with the `unauthorized` envelope before any upgrade.
 */
export type Authentication = { ok: true; userId: string } | { ok: false; reason: string };

export async function authenticate(_request: Request, _env: Env): Promise<Authentication> {
  return { ok: false, reason: "Sign in to receive sync notifications" };
}
