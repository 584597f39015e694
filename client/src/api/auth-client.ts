import { z } from "zod";
import { ApiError, type Fetch, getJson, postJson, send } from "./api-error";

export const sessionUserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  displayName: z.string().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

const meResponseSchema = z.object({ user: sessionUserSchema });

/** Where the "Continue with Google" link points (a full-page navigation, not a fetch). */
export const googleSignInPath = "/api/auth/google/start";

/**
 * The signed-in user, or `null` when there is no valid session (401). Other failures throw
 * `ApiError` (`network` when offline): the caller keeps its last known session then.
 *
 * @example
 * const user = await fetchSessionUser(fetch);
 */
export async function fetchSessionUser(fetchFn: Fetch): Promise<SessionUser | null> {
  let body: unknown;
  try {
    body = await getJson(fetchFn, "/api/auth/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
  const parsed = meResponseSchema.safeParse(body);
  if (!parsed.success) throw new ApiError("invalid_response", `me: ${parsed.error.message}`);
  return parsed.data.user;
}

/** Asks for a sign-in link by email (202 whatever the address; 429 → `rate_limited`). */
export async function requestMagicLink(fetchFn: Fetch, email: string): Promise<void> {
  await postJson(fetchFn, "/api/auth/magic-link", { email });
}

/** Ends the session on the server (clears the cookie). */
export async function signOutOnServer(fetchFn: Fetch): Promise<void> {
  await postJson(fetchFn, "/api/auth/logout", {});
}

/** Where "Download my data" points: the account's JSON export (a download, not a fetch). */
export const accountExportPath = "/api/account/export";

/**
 * Deletes the account and all its data on every service; `confirmEmail` must repeat the account's
 * email. Throws `ApiError`: `invalid_request` (no match), `service_unavailable` (a service could
 * not delete yet; the account is kept, retry), `network`.
 */
export async function deleteAccountOnServer(fetchFn: Fetch, confirmEmail: string): Promise<void> {
  await send(fetchFn, "/api/account", {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ confirmEmail }),
  });
}

export const signedInSessionSchema = z.object({
  id: z.string().min(1),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** "Firefox on macOS": the server keeps only this summary, never the raw User-Agent. */
  userAgent: z.string().nullable(),
  isCurrent: z.boolean(),
});
export type SignedInSession = z.infer<typeof signedInSessionSchema>;

const sessionsResponseSchema = z.object({ sessions: z.array(signedInSessionSchema) });

/** The account's live sessions (one per signed-in browser), this browser's flagged `isCurrent`. */
export async function listSignedInSessions(fetchFn: Fetch): Promise<SignedInSession[]> {
  const parsed = sessionsResponseSchema.safeParse(await getJson(fetchFn, "/api/auth/sessions"));
  if (!parsed.success) throw new ApiError("invalid_response", `sessions: ${parsed.error.message}`);
  return parsed.data.sessions;
}

/** Signs one browser of the account out; its relay socket closes at once. */
export async function revokeSignedInSession(fetchFn: Fetch, sessionId: string): Promise<void> {
  await send(fetchFn, `/api/auth/sessions/${encodeURIComponent(sessionId)}/revoke`, { method: "POST" });
}
