/**
 * RelayRoom: one Durable Object per user, holding that user's connected devices as hibernatable
 * WebSockets (the object may be evicted between frames; sockets stay open). It only fans out
 * pokes ("collection X changed"); documents always move over the api's pull/push.
 *
 * Invariants: every socket carries its device id as a tag; no frame over 4 KB (`syncLimits`) is
 * accepted or sent; a socket that sends anything but a ping is closed with a 4xxx code.
 */
import { DurableObject } from "cloudflare:workers";
import { collectionNameSchema, deviceIdPattern } from "@mirubato/schema";
import {
  type CloseCode,
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

/** Header the relay worker sets, after authenticating, to name the connecting device. */
export const DEVICE_ID_HEADER = "x-relay-device-id";

const deviceIdSchema = z.string().regex(deviceIdPattern);

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

export class RelayRoom extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    // Heartbeats are answered by the runtime without waking a hibernated room.
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(pingFrame, pongFrame));
  }

  /** WebSocket upgrade for an already-authenticated device (the worker checked the session). */
  override async fetch(request: Request): Promise<Response> {
    const deviceId = deviceIdSchema.safeParse(request.headers.get(DEVICE_ID_HEADER));
    if (request.headers.get("upgrade")?.toLowerCase() !== "websocket" || !deviceId.success) {
      return new Response("expected a WebSocket upgrade from the relay worker", { status: 400 });
    }
    const { 0: client, 1: server } = new WebSocketPair();
    this.ctx.acceptWebSocket(server, [deviceId.data]);
    this.send(server, { type: "hello", protocolVersion: PROTOCOL_VERSION });
    return new Response(null, { status: 101, webSocket: client });
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
