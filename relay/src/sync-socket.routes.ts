import { deviceIdPattern } from "@mirubato/schema";
import { authenticateRequest } from "@mirubato/session-token";
import { AppError } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import type { RelayEnv } from "./env";
import { isAllowedOrigin } from "./origin-check";
import { DEVICE_ID_HEADER, SESSION_ID_HEADER } from "./relay-room";
import { roomNameForUser } from "./room-name";

/** The device opening the socket, so pokes about its own pushes skip it. */
const socketQuerySchema = z.object({ deviceId: z.string().regex(deviceIdPattern) });

/**
 * `GET /sync/ws?deviceId=…`: checks the Origin, authenticates the session, then hands the upgrade
 * to the user's own RelayRoom, naming the device and the session (so the room can close the
 * socket when the session is revoked). Failures are ordinary HTTP envelopes, sent before any socket exists.
 */
export const syncSocketRoutes = new Hono<RelayEnv>().get("/ws", async (c) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("invalid_request", "Expected a WebSocket upgrade");
  }
  if (!isAllowedOrigin(c.req.raw, c.env.APP_ORIGIN))
    throw new AppError("forbidden", "Sockets are only opened from the Mirubato app");
  // The JWT is verified here; the api (asked with a service token) says whether it was revoked.
  const auth = await authenticateRequest(c.req.raw, {
    caller: "relay",
    sessionKeys: c.env.SESSION_KEYS,
    serviceKeys: c.env.SERVICE_KEYS,
    api: c.env.API,
  });
  if (!auth.ok) throw new AppError("unauthorized", auth.message);
  const query = socketQuerySchema.safeParse(c.req.query());
  if (!query.success)
    throw new AppError("invalid_request", "deviceId is missing or invalid", query.error.issues);

  const headers = new Headers(c.req.raw.headers);
  // Set here, after authentication, over anything the browser sent under the same names.
  headers.set(DEVICE_ID_HEADER, query.data.deviceId);
  headers.set(SESSION_ID_HEADER, auth.sessionId);
  const room = c.env.ROOMS.getByName(roomNameForUser(auth.userId));
  const upgraded = await room.fetch(new Request(c.req.raw, { headers }));
  // A fetched response has immutable headers; the kit's middleware adds x-request-id to it.
  return new Response(null, {
    status: upgraded.status,
    webSocket: upgraded.webSocket,
    headers: upgraded.headers,
  });
});
