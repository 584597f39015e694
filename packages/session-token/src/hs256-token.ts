import { errors, type JWTHeaderParameters, jwtVerify } from "jose";
import type { z } from "zod";
import type { SessionKeys } from "./session-keys";

/**
 * The HS256 verification shared by session and service tokens: `alg` allowlist, the header's
 * `kid` must name a key of the set, then issuer, audience, expiry and the caller's claim schema.
 */
export const HS256 = "HS256";
// Our tokens are a few hundred characters; anything far longer is not ours and is not decoded.
const MAX_TOKEN_LENGTH = 4096;
const CLOCK_TOLERANCE_SECONDS = 5;

export type TokenRejection =
  | "malformed"
  | "algorithm_not_allowed"
  | "unknown_key"
  | "bad_signature"
  | "expired"
  | "bad_claims";

export type VerifyTokenResult<Claims> =
  | { ok: true; claims: Claims; kid: string }
  | { ok: false; reason: TokenRejection };

export interface VerifyTokenOptions<Schema extends z.ZodType> {
  issuer: string | string[];
  audience: string;
  claims: Schema;
  now: Date;
}

class UnknownKeyError extends Error {}

export async function verifyHs256Token<Schema extends z.ZodType>(
  token: unknown,
  keys: SessionKeys,
  options: VerifyTokenOptions<Schema>,
): Promise<VerifyTokenResult<z.output<Schema>>> {
  if (typeof token !== "string" || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, reason: "malformed" };
  }
  let kid = "";
  const resolveKey = (header: JWTHeaderParameters) => {
    const key = header.kid === undefined ? undefined : keys.keys[header.kid];
    if (header.alg !== HS256) throw new errors.JOSEAlgNotAllowed("algorithm not allowed");
    if (key === undefined || header.kid === undefined) throw new UnknownKeyError();
    kid = header.kid;
    return key;
  };
  try {
    const { payload } = await jwtVerify(token, resolveKey, {
      algorithms: [HS256],
      issuer: options.issuer,
      audience: options.audience,
      currentDate: options.now,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "jti", "iat", "exp"],
    });
    const claims = options.claims.safeParse(payload);
    if (!claims.success) return { ok: false, reason: "bad_claims" };
    return { ok: true, claims: claims.data, kid };
  } catch (error) {
    return { ok: false, reason: rejectionFor(error) };
  }
}

function rejectionFor(error: unknown): TokenRejection {
  if (error instanceof UnknownKeyError) return "unknown_key";
  if (error instanceof errors.JOSEAlgNotAllowed) return "algorithm_not_allowed";
  if (error instanceof errors.JWTExpired) return "expired";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad_signature";
  if (error instanceof errors.JWTClaimValidationFailed) return "bad_claims";
  return "malformed";
}

/** The key new tokens are signed with; a key set always names one (its schema checks it). */
export function currentKey(keys: SessionKeys): Uint8Array {
  const key = keys.keys[keys.currentKid];
  if (key === undefined) throw new Error("the current signing key is missing");
  return key;
}
