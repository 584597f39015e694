import { WorkerEntrypoint } from "cloudflare:workers";
import { z } from "zod";
import { isSessionActive } from "./auth/session.service";
import { createSessionStore } from "./auth/sessions.store";
import type { ApiBindings } from "./env";

const sessionIdSchema = z.string().min(1).max(128);

/**
 * RPC for other workers (service binding `{ service = "mirubato-api", entrypoint = "ApiService" }`).
 * The relay verifies the session JWT itself with `@mirubato/session-token`, then asks here whether
 * that session (the JWT's `jti`) has been revoked, on connect and periodically while open.
 */
export class ApiService extends WorkerEntrypoint<ApiBindings> {
  async isSessionActive(sessionId: string): Promise<boolean> {
    const parsed = sessionIdSchema.safeParse(sessionId);
    if (!parsed.success) return false;
    return isSessionActive({ now: () => Date.now(), sessions: createSessionStore(this.env.DB) }, parsed.data);
  }
}
