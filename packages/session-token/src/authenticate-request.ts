import { type ServiceName, signServiceToken } from "./service-token";
import { readSessionCookie } from "./session-cookie";
import { parseServiceKeys, parseSessionKeys } from "./session-keys";
import { verifySession } from "./session-token";

/**
 * The api's RPC surface other workers use to ask whether a session is still live (binding `API`,
 * entrypoint `ApiService`). Declared here because the api is another deployable whose class cannot
 * be imported. The first argument is a service token from the caller to "api".
 */
export interface SessionAuthority {
  isSessionActive(serviceToken: string, sessionId: string): Promise<boolean>;
}

export type RequestAuthentication =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "signed_out" | "invalid_session" | "session_ended"; message: string };

export interface AuthenticateRequestOptions {
  /** The worker asking, named as the issuer of its service token to the api. */
  caller: ServiceName;
  /** `SESSION_KEYS` and `SERVICE_KEYS`, raw as the secrets hold them. */
  sessionKeys: string | undefined;
  serviceKeys: string | undefined;
  api: SessionAuthority;
  now?: Date;
}

/**
 * Who sent a request, for workers other than the api (relay, scores, dictionary): the session
 * cookie's JWT is verified locally with `SESSION_KEYS`, then the api is asked (with a service
 * token) whether that session has been revoked, so a signed-out browser is refused even with an
 * unexpired token. Never throws for a bad cookie; a bad secret is a deployment error and throws.
 *
 * @example
 * const auth = await authenticateRequest(c.req.raw, {
 *   caller: "scores", sessionKeys: c.env.SESSION_KEYS, serviceKeys: c.env.SERVICE_KEYS, api: c.env.API,
 * });
 * if (!auth.ok) throw new AppError("unauthorized", auth.message);
 */
export async function authenticateRequest(
  request: Request,
  options: AuthenticateRequestOptions,
): Promise<RequestAuthentication> {
  const token = readSessionCookie(request.headers.get("cookie"), request.url);
  if (token === undefined) return { ok: false, reason: "signed_out", message: "Sign in first" };
  const now = options.now ?? new Date();
  const verified = await verifySession(token, parseSessionKeys(options.sessionKeys), now);
  if (!verified.ok) {
    return { ok: false, reason: "invalid_session", message: "The session is not valid; sign in again" };
  }
  const { userId, sessionId } = verified.session;
  const serviceToken = await signServiceToken(
    options.caller,
    "api",
    parseServiceKeys(options.serviceKeys),
    now,
  );
  if (!(await options.api.isSessionActive(serviceToken, sessionId))) {
    return { ok: false, reason: "session_ended", message: "This session has ended; sign in again" };
  }
  return { ok: true, userId, sessionId };
}
