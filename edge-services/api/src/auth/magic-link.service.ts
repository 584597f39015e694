import type { ApiDeps } from "../deps";
import { composeMagicLinkEmail } from "../email/magic-link-email";
import { createSecretToken, hashSecret, secretTokenPattern } from "../security/secret-token";
import type { MagicLinkFailure } from "./magic-links.store";
import { startSession } from "./session.service";

/**
 * Magic links. The emailed token is 32 random bytes; only its SHA-256 is stored. A link is
 * single-use, lives 15 minutes, and is bound to the browser that asked for it: that browser holds
 * a random binding value in a short-lived HttpOnly cookie, whose hash the link row keeps. A link
 * forwarded, intercepted or opened elsewhere therefore signs nobody in.
 *
 * Requesting a link does the same work for every address (no user lookup), so neither the answer
 * nor its timing tells whether an account exists.
 */
export const MAGIC_LINK_TTL_MS = 15 * 60 * 1000;

type MagicLinkDeps = Pick<
  ApiDeps,
  "config" | "now" | "magicLinks" | "email" | "users" | "sessions" | "waitUntil"
>;

export interface MagicLinkRequest {
  email: string;
  redirectPath: string | null;
  /** The browser's binding value (from or for its binding cookie). */
  binding: string;
}

export async function requestMagicLink(deps: MagicLinkDeps, request: MagicLinkRequest): Promise<void> {
  const token = createSecretToken();
  const nowMs = deps.now();
  await deps.magicLinks.insert({
    tokenHash: await hashSecret(token),
    email: request.email,
    bindingHash: await hashSecret(request.binding),
    redirectPath: request.redirectPath,
    nowMs,
    expiresAtMs: nowMs + MAGIC_LINK_TTL_MS,
  });
  const link = new URL("/api/auth/verify", deps.config.appOrigins[0]);
  link.searchParams.set("token", token);
  await deps.email.send(composeMagicLinkEmail(request.email, link.toString()));
}

export type VerifyMagicLinkResult =
  | { ok: true; sessionToken: string; redirectPath: string }
  | { ok: false; reason: MagicLinkFailure };

export async function verifyMagicLink(
  deps: MagicLinkDeps,
  input: { token: string; binding: string | undefined; userAgent: string | undefined },
): Promise<VerifyMagicLinkResult> {
  if (!secretTokenPattern.test(input.token)) return { ok: false, reason: "not_found" };
  const nowMs = deps.now();
  const bindingHash = input.binding === undefined ? "" : await hashSecret(input.binding);
  const consumed = await deps.magicLinks.consume(await hashSecret(input.token), bindingHash, nowMs);
  if (!consumed.ok) return consumed;
  const user = await deps.users.findOrCreateByEmail(consumed.link.email, nowMs);
  const sessionToken = await startSession(deps, user.id, input.userAgent);
  return { ok: true, sessionToken, redirectPath: consumed.link.redirectPath ?? "/" };
}
