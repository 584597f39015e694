import { env } from "cloudflare:workers";
import { type ServerMessage, serverMessageSchema } from "../messages";
import { DEVICE_ID_HEADER } from "../relay-room";
import { roomNameForUser } from "../room-name";

/** A test's end of a relay socket: every server frame parsed, and the close event awaited. */
export interface SocketClient {
  socket: WebSocket;
  /** Resolves with the next server message (already-received ones first). */
  next(): Promise<ServerMessage>;
  closed: Promise<CloseEvent>;
}

/**
 * Connects a device straight to a user's RelayRoom, as the relay worker does once the session is
 * authenticated (the worker's own route is tested separately, and rejects everyone until #4).
 */
export async function connectDevice(userId: string, deviceId: string): Promise<SocketClient> {
  const room = env.ROOMS.getByName(roomNameForUser(userId));
  const response = await room.fetch("https://relay.internal/connect", {
    headers: { upgrade: "websocket", [DEVICE_ID_HEADER]: deviceId },
  });
  const socket = response.webSocket;
  if (!socket) throw new Error(`expected an upgrade, got ${response.status}`);
  const received: ServerMessage[] = [];
  const waiting: ((message: ServerMessage) => void)[] = [];
  socket.addEventListener("message", (event) => {
    const message = serverMessageSchema.parse(JSON.parse(String(event.data)));
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else received.push(message);
  });
  const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener("close", resolve));
  socket.accept();
  return {
    socket,
    closed,
    next: () => {
      const message = received.shift();
      return message ? Promise.resolve(message) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}
