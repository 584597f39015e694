/**
 * RelayRoom: one Durable Object per user, holding that user's connected devices as hibernatable
 * WebSockets (the object may be evicted between frames; sockets stay open). It only fans out
 * pokes ("collection X changed"); documents always move over the api's pull/push.
 *
 * Invariants: every socket carries its device id and its session (`session:<id>`) as tags; no
 * frame over 4 KB (`syncLimits`) is accepted or sent; a socket that sends anything but a ping is
 * closed with a 4xxx code; a socket whose session was revoked is closed with 4001 and a reason
 * telling the client to sign in again, at once when the api says so (`endSessions`), and at the
 * latest one revalidation interval later (an alarm re-asks the api about every open session).
 */
import { DurableObject } from "cloudflare:workers";
import { collectionNameSchema, deviceIdPattern } from "@mirubato/schema";
import { parseServiceKeys, signServiceToken } from "@mirubato/session-token";
import {
  CloseCode,
  clientMessageSchema,
  closeReasons,
  PROTOCOL_VERSION,
  parseFrame,
  pingFrame,
  pongFrame,
  type ServerMessage,
  syncCheckpointSchema,
  syncLimits,
} from "@mirubato/sync-protocol";
import { z } from "zod";
import type { RelayBindings } from "./env";

/** Headers the relay worker sets, after authenticating, to name the connecting device and session. */
export const DEVICE_ID_HEADER = "x-relay-device-id";
export const SESSION_ID_HEADER = "x-relay-session-id";

/** How often open sockets' sessions are re-checked with the api (the backstop to `endSessions`). */
export const REVALIDATE_INTERVAL_MS = 5 * 60 * 1000;
/** The close reason of a socket whose session ended: the client must sign in again, not reconnect. */
export const SESSION_ENDED_REASON = "session ended: sign in again";

const deviceIdSchema = z.string().regex(deviceIdPattern);
export const sessionIdSchema = z.string().min(1).max(128);
export const sessionIdsSchema = z.array(sessionIdSchema).max(1000);
// Device ids cannot contain ":", so a session tag never equals a device tag.
const SESSION_TAG_PREFIX = "session:";
const sessionTag = (sessionId: string) => `${SESSION_TAG_PREFIX}${sessionId}`;

export const roomPokeSchema = z.object({
  collection: collectionNameSchema,
  checkpoint: syncCheckpointSchema.optional(),
  originDeviceId: deviceIdSchema.optional(),
});
export type RoomPoke = z.infer<typeof roomPokeSchema>;

export type PokeResult =
  | { ok: true; delivered: number }
  | { ok: false; reason: "invalid_poke" | "too_large" };

const encoder = new TextEncoder();

function byteLength(message: string | ArrayBuffer): number {
  return typeof message === "string" ? encoder.encode(message).byteLength : message.byteLength;
}

function closeWith(ws: WebSocket, code: CloseCode): void {
  ws.close(code, closeReasons[code]);
}

/** 4001 tells the client not to reconnect but to sign in again; the reason says why. */
function closeSessionEnded(ws: WebSocket): boolean {
  if (ws.readyState !== WebSocket.OPEN) return false;
  try {
    ws.close(CloseCode.unauthorized, SESSION_ENDED_REASON);
    return true;
  } catch {
    // Closed concurrently: nothing left to end.
    return false;
  }
}

export class RelayRoom extends DurableObject<RelayBindings> {
  constructor(ctx: DurableObjectState, env: RelayBindings) {
    super(ctx, env);
    // Heartbeats are answered by the runtime without waking a hibernated room.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(pingFrame, pongFrame));
  }

  /** WebSocket upgrade for an already-authenticated device (the worker checked the session). */
  override async fetch(request: Request): Promise<Response> {
    const deviceId = deviceIdSchema.safeParse(request.headers.get(DEVICE_ID_HEADER));
    const sessionId = sessionIdSchema.safeParse(request.headers.get(SESSION_ID_HEADER));
    const isUpgrade = request.headers.get("upgrade")?.toLowerCase() === "websocket";
    if (!isUpgrade || !deviceId.success || !sessionId.success) {
      return new Response("expected a WebSocket upgrade from the relay worker", { status: 400 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [deviceId.data, sessionTag(sessionId.data)]);
    this.send(server, { type: "hello", protocolVersion: PROTOCOL_VERSION });
    await this.scheduleRevalidation();
    return new Response(null, { status: 101, webSocket: client });
  }

  /** Closes every socket of these sessions (the api revoked them); returns how many closed. */
  async endSessions(sessionIds: readonly string[]): Promise<number> {
    let closed = 0;
    for (const sessionId of new Set(sessionIds)) {
      for (const ws of this.ctx.getWebSockets(sessionTag(sessionId))) {
        if (closeSessionEnded(ws)) closed += 1;
      }
    }
    return closed;
  }

  /**
   * The revalidation backstop: asks the api, with one service token, about each session that has
   * a socket open here, and closes the sockets of those that ended. An alarm wakes a hibernated
   * room only for this and lets it hibernate again; it stops once no socket is left. When the api
   * cannot be reached, sockets stay open until the next round: they only carry pokes, and every
   * pull still checks the session.
   */
  override async alarm(): Promise<void> {
    const sessionIds = this.openSessionIds();
    if (sessionIds.length === 0) return;
    try {
      const ended = await this.findEndedSessions(sessionIds);
      if (ended.length > 0) await this.endSessions(ended);
    } catch (error) {
      console.warn(JSON.stringify({ message: "relay session revalidation failed", error: String(error) }));
    }
    // Inside the handler the fired alarm is gone: the next round is set here, while sockets remain.
    if (this.ctx.getWebSockets().length > 0) {
      await this.ctx.storage.setAlarm(Date.now() + REVALIDATE_INTERVAL_MS);
    }
  }

  /** Fans a poke out to every socket of the room except those of the origin device. */
  async poke(input: unknown): Promise<PokeResult> {
    const parsed = roomPokeSchema.safeParse(input);
    if (!parsed.success) return { ok: false, reason: "invalid_poke" };
    const { collection, checkpoint, originDeviceId } = parsed.data;
    const message: ServerMessage =
      checkpoint === undefined ? { type: "poke", collection } : { type: "poke", collection, checkpoint };
    const frame = JSON.stringify(message);
    if (byteLength(frame) > syncLimits.maxRelayMessageBytes) return { ok: false, reason: "too_large" };
    let delivered = 0;
    for (const ws of this.ctx.getWebSockets()) {
      if (originDeviceId !== undefined && this.ctx.getTags(ws).includes(originDeviceId)) continue;
      if (this.trySend(ws, frame)) delivered += 1;
    }
    return { ok: true, delivered };
  }

  /** Round trip for the relay's health check. */
  async ping(): Promise<"pong"> {
    return "pong";
  }

  override async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const parsed = parseFrame(clientMessageSchema, message);
    if (!parsed.ok) return closeWith(ws, parsed.closeCode);
    // A ping that differs from `pingFrame` only in formatting still gets its pong.
    this.trySend(ws, pongFrame);
  }

  override async webSocketClose(ws: WebSocket, code: number, _reason: string, _wasClean: boolean) {
    // Complete the closing handshake. 1005/1006 are reserved (never sent on the wire).
    const isReserved = code === 1005 || code === 1006;
    if (ws.readyState !== WebSocket.CLOSED) ws.close(isReserved ? 1000 : code, "closing");
  }

  private openSessionIds(): string[] {
    const ids = new Set<string>();
    for (const ws of this.ctx.getWebSockets()) {
      if (ws.readyState !== WebSocket.OPEN) continue;
      for (const tag of this.ctx.getTags(ws)) {
        if (tag.startsWith(SESSION_TAG_PREFIX)) ids.add(tag.slice(SESSION_TAG_PREFIX.length));
      }
    }
    return [...ids];
  }

  private async findEndedSessions(sessionIds: string[]): Promise<string[]> {
    const token = await signServiceToken("relay", "api", parseServiceKeys(this.env.SERVICE_KEYS));
    const active = await Promise.all(sessionIds.map((id) => this.env.API.isSessionActive(token, id)));
    return sessionIds.filter((_id, index) => !active[index]);
  }

  /** One alarm at a time, set by the first socket; `alarm()` keeps it going while sockets remain. */
  private async scheduleRevalidation(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) !== null) return;
    await this.ctx.storage.setAlarm(Date.now() + REVALIDATE_INTERVAL_MS);
  }

  private send(ws: WebSocket, message: ServerMessage): void {
    this.trySend(ws, JSON.stringify(message));
  }

  private trySend(ws: WebSocket, frame: string): boolean {
    try {
      ws.send(frame);
      return true;
    } catch (error) {
      // A socket closing concurrently must not stop the fan-out to the others; its own close
      // handler cleans up, so the failure is only counted (not delivered).
      console.warn(JSON.stringify({ message: "relay send failed", error: String(error) }));
      return false;
    }
  }
}
