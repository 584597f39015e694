import { WorkerEntrypoint } from "cloudflare:workers";
import { z } from "zod";
import { app } from "./app";
import type { PokeResult } from "./relay-room";
import { roomNameForUser } from "./room-name";

const userIdSchema = z.string().min(1).max(128);

/**
 * The relay's RPC surface for other workers (the api, after a push commits), bound as
 * `[[services]] service = "mirubato-relay", entrypoint = "RelayService"`. Its `fetch` is the
 * relay's own HTTP surface, so a caller can probe `/sync/livez` or `/sync/health` through the same
 * binding.
 *
 * @example
 * await env.RELAY.poke(user.id, "pieces", checkpoint, deviceId);
 */
export class RelayService extends WorkerEntrypoint<Env> {
  override fetch(request: Request): Promise<Response> {
    return Promise.resolve(app.fetch(request, this.env, this.ctx));
  }

  async poke(
    userId: string,
    collection: string,
    checkpoint: unknown,
    originDeviceId?: string,
  ): Promise<PokeResult> {
    const user = userIdSchema.safeParse(userId);
    if (!user.success) return { ok: false, reason: "invalid_poke" };
    const room = this.env.ROOMS.getByName(roomNameForUser(user.data));
    return room.poke({
      collection,
      ...(checkpoint === undefined || checkpoint === null ? {} : { checkpoint }),
      ...(originDeviceId === undefined ? {} : { originDeviceId }),
    });
  }
}
