import { errors, type JWTHeaderParameters, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import type { SessionKeys } from "./session-keys";

/**
 * Session tokens: an HS256 JWT whose `sub` is the user id and whose `jti` is the session row's id,
 * so a server holding the token can also check that the session has not been revoked. The API
 * worker signs them; the API and the relay verify them with the same `SESSION_KEYS`.
 */
export const SESSION_ISSUER = "mirubato";
export const SESSION_AUDIENCE = "mirubato:session";
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

const ALGORITHM = "HS256";
// A session JWT is ~300 characters; anything far longer is not ours and is not worth decoding.
const MAX_TOKEN_LENGTH = 4096;
const CLOCK_TOLERANCE_SECONDS = 5;

export interface SessionSubject {
  userId: string;
  sessionId: string;
}

export interface VerifiedSession extends SessionSubject {
  issuedAtSec: number;
  expiresAtSec: number;
  kid: string;
}

export type SessionRejection =
  | "malformed"
  | "algorithm_not_allowed"
  | "unknown_key"
  | "bad_signature"
  | "expired"
  | "bad_claims";

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
  const key = keys.keys[keys.currentKid];
  if (key === undefined) throw new Error("the current session key is missing");
  const issuedAtSec = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM, kid: keys.currentKid, typ: "JWT" })
    .setSubject(subject.userId)
    .setJti(subject.sessionId)
    .setIssuer(SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt(issuedAtSec)
    .setExpirationTime(issuedAtSec + SESSION_TTL_SECONDS)
    .sign(key);
}

class UnknownKeyError extends Error {}

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
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "malformed" };
  let kid = "";
  const resolveKey = (header: JWTHeaderParameters) => {
    const key = header.kid === undefined ? undefined : keys.keys[header.kid];
    if (header.alg !== ALGORITHM) throw new errors.JOSEAlgNotAllowed("algorithm not allowed");
    if (key === undefined || header.kid === undefined) throw new UnknownKeyError();
    kid = header.kid;
    return key;
  };
  try {
    const { payload } = await jwtVerify(token, resolveKey, {
      algorithms: [ALGORITHM],
      issuer: SESSION_ISSUER,
      audience: SESSION_AUDIENCE,
      currentDate: now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "jti", "iat", "exp"],
    });
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "bad_claims" };
    const { sub, jti, iat, exp } = claims.data;
    return { ok: true, session: { userId: sub, sessionId: jti, issuedAtSec: iat, expiresAtSec: exp, kid } };
  } catch (error) {
    return { ok: false, reason: rejectionFor(error) };
  }
}

function rejectionFor(error: unknown): SessionRejection {
  if (error instanceof UnknownKeyError) return "unknown_key";
  if (error instanceof errors.JOSEAlgNotAllowed) return "algorithm_not_allowed";
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad_signature";
  if (error instanceof errors.JWTClaimValidationFailed) return "bad_claims";
  return "malformed";
}
