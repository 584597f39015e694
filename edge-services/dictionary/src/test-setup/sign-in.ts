import { env } from "cloudflare:workers";
import {
  parseServiceKeys,
  parseSessionKeys,
  type ServiceName,
  serializeSessionCookie,
  signServiceToken,
  signSession,
} from "@mirubato/session-token";

/** A `Cookie` header carrying a signed session for `userId` (the stub api ends "ended-…" sessions). */
export async function sessionCookie(userId: string, sessionId = `session-${userId}`): Promise<string> {
  const token = await signSession({ userId, sessionId }, parseSessionKeys(env.SESSION_KEYS));
  return serializeSessionCookie(token, "http://mirubato.test/").split(";")[0] ?? "";
}

/** A service token from `caller` to `callee`, signed with the test SERVICE_KEYS. */
export function serviceToken(caller: ServiceName, callee: ServiceName = "dictionary", now?: Date) {
  return signServiceToken(caller, callee, parseServiceKeys(env.SERVICE_KEYS), now);
}
