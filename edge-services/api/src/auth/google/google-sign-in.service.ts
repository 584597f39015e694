import { AppError } from "@mirubato/worker-kit";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { z } from "zod";
import type { ApiDeps } from "../../deps";
import { createSecretToken, encodeBase64Url, hashSecret } from "../../security/secret-token";
import { startSession } from "../session.service";
import { discoverProvider } from "./oidc-discovery";

/**
 * Google sign-in: the OpenID Connect code flow with PKCE (S256), `state` and `nonce`, against
 * the configured issuer (Google by default; a local oidc-provider in tests). `state` is single-use,
 * stored hashed with the PKCE verifier and nonce for 10 minutes, and also held in an HttpOnly
 * cookie so only the browser that started the flow can finish it. The ID token is verified with
 * the issuer's JWKS: signature, iss, aud, exp, nonce, and email_verified. A verified email that
 * already has an account (e.g. from a magic link) signs in to that account.
 */
export const GOOGLE_PROVIDER = "google";
const STATE_TTL_MS = 10 * 60 * 1000;

type GoogleDeps = Pick<
  ApiDeps,
  "config" | "now" | "fetch" | "oidcStates" | "users" | "sessions" | "waitUntil"
>;

const callbackUrl = (deps: GoogleDeps) =>
  new URL("/api/auth/google/callback", deps.config.appOrigins[0]).toString();

function requireConfigured(deps: GoogleDeps) {
  if (deps.config.googleClientId === "") {
    throw new AppError("service_unavailable", "Google sign-in is not configured here");
  }
}

/** Returns where to send the browser and the state value for its cookie. */
export async function startGoogleSignIn(deps: GoogleDeps, redirectPath: string | null) {
  requireConfigured(deps);
  const provider = await discoverProvider(deps.config.oidcIssuer, deps.fetch);
  const state = createSecretToken();
  const nonce = createSecretToken();
  const codeVerifier = createSecretToken();
  const challenge = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  const nowMs = deps.now();
  await deps.oidcStates.insert(
    await hashSecret(state),
    { codeVerifier, nonce, redirectPath },
    nowMs,
    nowMs + STATE_TTL_MS,
  );
  const url = new URL(provider.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: deps.config.googleClientId,
    redirect_uri: callbackUrl(deps),
    scope: "openid email profile",
    state,
    nonce,
    code_challenge: encodeBase64Url(new Uint8Array(challenge)),
    code_challenge_method: "S256",
  }).toString();
  return { authorizationUrl: url.toString(), state };
}

export type GoogleFailure = "google_state" | "google_token" | "google_email_unverified";
export type FinishResult =
  | { ok: true; sessionToken: string; redirectPath: string }
  | { ok: false; reason: GoogleFailure };

const tokenResponseSchema = z.object({ id_token: z.string() });
const idTokenClaimsSchema = z.object({
  sub: z.string().min(1),
  nonce: z.string(),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
});

export async function finishGoogleSignIn(
  deps: GoogleDeps,
  input: { code: string; state: string; cookieState: string | undefined; userAgent: string | undefined },
): Promise<FinishResult> {
  requireConfigured(deps);
  if (input.cookieState === undefined || input.cookieState !== input.state)
    return { ok: false, reason: "google_state" };
  const stored = await deps.oidcStates.take(await hashSecret(input.state), deps.now());
  if (!stored) return { ok: false, reason: "google_state" };
  const provider = await discoverProvider(deps.config.oidcIssuer, deps.fetch);
  const tokenResponse = await deps.fetch(provider.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: input.code,
      redirect_uri: callbackUrl(deps),
      client_id: deps.config.googleClientId,
      client_secret: deps.config.googleClientSecret,
      code_verifier: stored.codeVerifier,
    }),
  });
  const tokens = tokenResponseSchema.safeParse(tokenResponse.ok ? await tokenResponse.json() : null);
  if (!tokens.success) return { ok: false, reason: "google_token" };
  const claims = await verifyIdToken(deps, provider.jwks_uri, tokens.data.id_token);
  if (!claims || claims.nonce !== stored.nonce) return { ok: false, reason: "google_token" };
  if (claims.email === undefined || claims.email_verified !== true) {
    return { ok: false, reason: "google_email_unverified" };
  }
  const nowMs = deps.now();
  const user =
    (await deps.users.findByIdentity(GOOGLE_PROVIDER, claims.sub)) ??
    (await deps.users.findOrCreateByEmail(claims.email.trim().toLowerCase(), nowMs));
  await deps.users.linkIdentity(GOOGLE_PROVIDER, claims.sub, user.id, nowMs);
  const sessionToken = await startSession(deps, user.id, input.userAgent);
  return { ok: true, sessionToken, redirectPath: stored.redirectPath ?? "/" };
}

/** The provider sent the browser back with an error: its state is used up, nothing else happens. */
export async function cancelGoogleSignIn(deps: Pick<GoogleDeps, "oidcStates" | "now">, state: string) {
  await deps.oidcStates.take(await hashSecret(state), deps.now());
}

async function verifyIdToken(deps: GoogleDeps, jwksUri: string, idToken: string) {
  try {
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(jwksUri)), {
      issuer: deps.config.oidcIssuer,
      audience: deps.config.googleClientId,
      algorithms: ["RS256", "ES256", "PS256"],
      currentDate: new Date(deps.now()),
      requiredClaims: ["sub", "exp", "iat", "nonce"],
    });
    const claims = idTokenClaimsSchema.safeParse(payload);
    return claims.success ? claims.data : undefined;
  } catch {
    // Any verification failure (signature, iss, aud, exp) means the same thing to the caller.
    return undefined;
  }
}
