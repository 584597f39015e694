import { SignJWT } from "jose";
import { z } from "zod";
import { currentKey, HS256, type TokenRejection, verifyHs256Token } from "./hs256-token";
import type { SessionKeys } from "./session-keys";

/**
 * Service tokens: the credential one worker hands another on every service-binding call
 * (api → relay, api → scores/dictionary, scores → dictionary). An HS256 JWT signed with the
 * `SERVICE_KEYS` key set (same format and rotation as `SESSION_KEYS`, a different secret), whose
 * issuer names the caller and whose audience names the callee, valid for one minute. A service
 * binding already limits who can reach an entrypoint; the token makes the callee check it too, so a
 * mis-bound worker, or a public request that reaches an internal surface, is refused.
 */
export const SERVICE_NAMES = ["api", "scores", "dictionary", "relay", "front"] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const SERVICE_TOKEN_TTL_SECONDS = 60;
/** The HTTP header that carries a service token on internal `fetch` calls. */
export const SERVICE_TOKEN_HEADER = "x-mirubato-service-token";

const serviceUri = (name: ServiceName) => `mirubato:service:${name}`;
const serviceNameSchema = z.enum(SERVICE_NAMES);

const claimsSchema = z.object({
  sub: serviceNameSchema,
  iss: z.string(),
  jti: z.string().min(1),
  iat: z.number().int(),
  exp: z.number().int(),
});

export type VerifyServiceTokenResult =
  | { ok: true; caller: ServiceName }
  | { ok: false; reason: TokenRejection };

/**
 * Signs a one-minute token from `caller` to `callee`.
 *
 * @example
 * const token = await signServiceToken("api", "relay", parseServiceKeys(env.SERVICE_KEYS));
 * await env.RELAY.poke(token, userId, "pieces", checkpoint, deviceId);
 */
export async function signServiceToken(
  caller: ServiceName,
  callee: ServiceName,
  keys: SessionKeys,
  now: Date = new Date(),
): Promise<string> {
  const issuedAtSec = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: HS256, kid: keys.currentKid, typ: "JWT" })
    .setSubject(caller)
    .setJti(crypto.randomUUID())
    .setIssuer(serviceUri(caller))
    .setAudience(serviceUri(callee))
    .setIssuedAt(issuedAtSec)
    .setExpirationTime(issuedAtSec + SERVICE_TOKEN_TTL_SECONDS)
    .sign(currentKey(keys));
}

/**
 * Checks that `token` was signed by one of `callers` for `callee` and has not expired.
 *
 * @example
 * const check = await verifyServiceToken(token, { callee: "relay", callers: ["api"] }, keys);
 * if (!check.ok) return { ok: false, reason: "unauthorized" };
 */
export async function verifyServiceToken(
  token: unknown,
  expected: { callee: ServiceName; callers: readonly ServiceName[] },
  keys: SessionKeys,
  now: Date = new Date(),
): Promise<VerifyServiceTokenResult> {
  const result = await verifyHs256Token(token, keys, {
    issuer: expected.callers.map(serviceUri),
    audience: serviceUri(expected.callee),
    claims: claimsSchema,
    now,
  });
  if (!result.ok) return result;
  // The subject must agree with the issuer the signature covers.
  if (serviceUri(result.claims.sub) !== result.claims.iss) return { ok: false, reason: "bad_claims" };
  return { ok: true, caller: result.claims.sub };
}
