import { SignJWT } from "jose";
import { z } from "zod";
import { currentKey, HS256, type TokenRejection, verifyHs256Token } from "./hs256-token";
import type { SessionKeys } from "./session-keys";

/**
 * Session tokens: an HS256 JWT whose `sub` is the user id and whose `jti` is the session row's id,
 * so a server holding the token can also check that the session has not been revoked. The API
 * worker signs them; the API and the relay verify them with the same `SESSION_KEYS`.
 */
export const SESSION_ISSUER = "mirubato";
export const SESSION_AUDIENCE = "mirubato:session";
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

export interface SessionSubject {
  userId: string;
  sessionId: string;
}

export interface VerifiedSession extends SessionSubject {
  issuedAtSec: number;
  expiresAtSec: number;
  kid: string;
}

export type SessionRejection = TokenRejection;

export type VerifySessionResult =
  | { ok: true; session: VerifiedSession }
  | { ok: false; reason: SessionRejection };

const claimsSchema = z.object({
  sub: z.string().min(1),
  jti: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

/**
 * Signs a 30-day session token with the current key, its kid in the header.
 *
 * @example
 * const token = await signSession({ userId, sessionId }, parseSessionKeys(env.SESSION_KEYS));
 */
export async function signSession(
  subject: SessionSubject,
  keys: SessionKeys,
  now: Date = new Date(),
): Promise<string> {
  const key = currentKey(keys);
  const issuedAtSec = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: HS256, kid: keys.currentKid, typ: "JWT" })
    .setSubject(subject.userId)
    .setJti(subject.sessionId)
    .setIssuer(SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt(issuedAtSec)
    .setExpirationTime(issuedAtSec + SESSION_TTL_SECONDS)
    .sign(key);
}

/**
 * Verifies a session token: HS256 only, a kid from the key set, issuer, audience and expiry.
 * It says nothing about revocation: callers check the session row (`jti`) as well.
 *
 * @example
 * const result = await verifySession(token, keys);
 * if (result.ok) console.log(result.session.sessionId);
 */
export async function verifySession(
  token: string,
  keys: SessionKeys,
  now: Date = new Date(),
): Promise<VerifySessionResult> {
  const result = await verifyHs256Token(token, keys, {
    issuer: SESSION_ISSUER,
    audience: SESSION_AUDIENCE,
    claims: claimsSchema,
    now,
  });
  if (!result.ok) return result;
  const { sub, jti, iat, exp } = result.claims;
  return {
    ok: true,
    session: { userId: sub, sessionId: jti, issuedAtSec: iat, expiresAtSec: exp, kid: result.kid },
  };
}
