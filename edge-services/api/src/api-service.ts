import { WorkerEntrypoint } from "cloudflare:workers";
import { parseServiceKeys, verifyServiceToken } from "@mirubato/session-token";
import { z } from "zod";
import { isSessionActive } from "./auth/session.service";
import { createSessionStore } from "./auth/sessions.store";
import type { ApiBindings } from "./env";

const sessionIdSchema = z.string().min(1).max(128);

/**
 * RPC for other workers (service binding `{ service = "mirubato-api", entrypoint = "ApiService" }`),
 * implementing `SessionAuthority` from `@mirubato/session-token`. Every method takes a service
 * token first and accepts only tokens signed (`SERVICE_KEYS`) for "api" by the relay, scores or
 * dictionary. The callers verify the session JWT themselves, then ask here whether that session
 * (the JWT's `jti`) was revoked: on every request, and the relay again while a socket is open.
 */
export class ApiService extends WorkerEntrypoint<ApiBindings> {
  /** False for a revoked, expired or unknown session, and for a call without a valid token. */
  async isSessionActive(serviceToken: string, sessionId: string): Promise<boolean> {
    if (!(await this.isFromAllowedCaller(serviceToken, "isSessionActive"))) return false;
    const parsed = sessionIdSchema.safeParse(sessionId);
    if (!parsed.success) return false;
    return isSessionActive({ now: () => Date.now(), sessions: createSessionStore(this.env.DB) }, parsed.data);
  }

  private async isFromAllowedCaller(serviceToken: unknown, method: string): Promise<boolean> {
    const check = await verifyServiceToken(
      serviceToken,
      { callee: "api", callers: ["relay", "scores", "dictionary"] },
      parseServiceKeys(this.env.SERVICE_KEYS),
    );
    // The method and the reason only: never the token or the session asked about.
    if (!check.ok)
      console.warn(JSON.stringify({ message: "api refused an RPC call", method, reason: check.reason }));
    return check.ok;
  }
}
