import { WorkerEntrypoint } from "cloudflare:workers";
import { parseServiceKeys, verifyServiceToken } from "@mirubato/session-token";
import { z } from "zod";
import { app } from "./app";
import type { RelayBindings } from "./env";
import { type PokeResult, sessionIdsSchema } from "./relay-room";
import { roomNameForUser } from "./room-name";

const userIdSchema = z.string().min(1).max(128);

/** What a call without a valid service token from the api gets back. */
export type Unauthorized = { ok: false; reason: "unauthorized" };
export type EndSessionsResult =
  | { ok: true; closed: number }
  | Unauthorized
  | { ok: false; reason: "invalid_request" };

/**
 * The relay's RPC surface for the api, bound as
 * `[[services]] service = "mirubato-relay", entrypoint = "RelayService"`. Every method takes a
 * service token from "api" to "relay" (`@mirubato/session-token`) first and refuses without one:
 * the binding limits who can call, the token makes the relay check it. Its `fetch` is the relay's
 * own public HTTP surface (nothing more), so the api can probe `/sync/livez` through the binding.
 *
 * @example
 * const token = await signServiceToken("api", "relay", serviceKeys);
 * await env.RELAY.poke(token, user.id, "pieces", checkpoint, deviceId);
 */
export class RelayService extends WorkerEntrypoint<RelayBindings> {
  override fetch(request: Request): Promise<Response> {
    return Promise.resolve(app.fetch(request, this.env, this.ctx));
  }

  /** Tells the user's devices, except `originDeviceId`, that a collection changed. */
  async poke(
    serviceToken: string,
    userId: string,
    collection: string,
    checkpoint: unknown,
    originDeviceId?: string,
  ): Promise<PokeResult | Unauthorized> {
    if (!(await this.isFromApi(serviceToken, "poke"))) return { ok: false, reason: "unauthorized" };
    const user = userIdSchema.safeParse(userId);
    if (!user.success) return { ok: false, reason: "invalid_poke" };
    const room = this.env.ROOMS.getByName(roomNameForUser(user.data));
    return room.poke({
      collection,
      ...(checkpoint === undefined || checkpoint === null ? {} : { checkpoint }),
      ...(originDeviceId === undefined ? {} : { originDeviceId }),
    });
  }

  /**
   * Closes the user's sockets of these sessions at once (logout, sign out everywhere, account
   * deletion), with 4001 and a reason telling the client to sign in again.
   */
  async endSessions(serviceToken: string, userId: string, sessionIds: string[]): Promise<EndSessionsResult> {
    if (!(await this.isFromApi(serviceToken, "endSessions"))) return { ok: false, reason: "unauthorized" };
    const user = userIdSchema.safeParse(userId);
    const sessions = sessionIdsSchema.safeParse(sessionIds);
    if (!user.success || !sessions.success) return { ok: false, reason: "invalid_request" };
    if (sessions.data.length === 0) return { ok: true, closed: 0 };
    const room = this.env.ROOMS.getByName(roomNameForUser(user.data));
    return { ok: true, closed: await room.endSessions(sessions.data) };
  }

  private async isFromApi(serviceToken: unknown, method: string): Promise<boolean> {
    const keys = parseServiceKeys(this.env.SERVICE_KEYS);
    const check = await verifyServiceToken(serviceToken, { callee: "relay", callers: ["api"] }, keys);
    // The reason and the method only: never the token or who the call was about.
    if (!check.ok)
      console.warn(JSON.stringify({ message: "relay refused an RPC call", method, reason: check.reason }));
    return check.ok;
  }
}
