import { env, exports } from "cloudflare:workers";
import {
  parseServiceKeys,
  parseSessionKeys,
  type ServiceName,
  signServiceToken,
  signSession,
} from "@mirubato/session-token";
import { type ServerMessage, serverMessageSchema } from "@mirubato/sync-protocol";
import { DEVICE_ID_HEADER, SESSION_ID_HEADER } from "../relay-room";
import { roomNameForUser } from "../room-name";

/** A test's end of a relay socket: every server frame parsed, and the close event awaited. */
export interface SocketClient {
  socket: WebSocket;
  /** Resolves with the next server message (already-received ones first). */
  next(): Promise<ServerMessage>;
  closed: Promise<CloseEvent>;
}

export const TEST_ORIGIN = "http://localhost:4000";

/** Connects a device straight to a user's RelayRoom, as the relay worker does once authenticated. */
export async function connectDevice(
  userId: string,
  deviceId: string,
  sessionId = `session-${deviceId}`,
): Promise<SocketClient> {
  const room = env.ROOMS.getByName(roomNameForUser(userId));
  const response = await room.fetch("https://relay.internal/connect", {
    headers: { upgrade: "websocket", [DEVICE_ID_HEADER]: deviceId, [SESSION_ID_HEADER]: sessionId },
  });
  return clientOf(response);
}

/** A service token signed with the test key set (or `keys`), from `caller` to `callee`. */
export function serviceToken(
  caller: ServiceName = "api",
  callee: ServiceName = "relay",
  options: { keys?: string; now?: Date } = {},
): Promise<string> {
  return signServiceToken(caller, callee, parseServiceKeys(options.keys ?? env.SERVICE_KEYS), options.now);
}

/** A session cookie for `userId`, signed with the test key set (session ids "revoked-…" are revoked). */
export async function sessionCookie(userId: string, sessionId = crypto.randomUUID()): Promise<string> {
  const token = await signSession({ userId, sessionId }, parseSessionKeys(env.SESSION_KEYS));
  return `mirubato_session=${token}`;
}

/** Opens `/sync/ws` through the relay worker, as a browser on the app's origin would. */
export function requestSocket(deviceId: string, headers: Record<string, string>): Promise<Response> {
  return exports.default.fetch(`${TEST_ORIGIN}/sync/ws?deviceId=${deviceId}`, {
    headers: { upgrade: "websocket", origin: TEST_ORIGIN, ...headers },
  });
}

export async function connectSignedIn(
  userId: string,
  deviceId: string,
  sessionId = crypto.randomUUID(),
): Promise<SocketClient> {
  return clientOf(await requestSocket(deviceId, { cookie: await sessionCookie(userId, sessionId) }));
}

function clientOf(response: Response): SocketClient {
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
