import { deviceIdPattern } from "@mirubato/schema";
import { AppError } from "@mirubato/worker-kit";
import { Hono } from "hono";
import { z } from "zod";
import { authenticate, isAllowedOrigin } from "./authenticate";
import type { RelayEnv } from "./env";
import { DEVICE_ID_HEADER } from "./relay-room";
import { roomNameForUser } from "./room-name";

/** The device opening the socket, so pokes about its own pushes skip it. */
const socketQuerySchema = z.object({ deviceId: z.string().regex(deviceIdPattern) });

/**
 * `GET /sync/ws?deviceId=…`: checks the Origin, authenticates the session, then hands the upgrade
 * to the user's own RelayRoom. Failures are ordinary HTTP envelopes, sent before any socket exists.
 */
export const syncSocketRoutes = new Hono<RelayEnv>().get("/ws", async (c) => {
  if (c.req.header("upgrade")?.toLowerCase() !== "websocket") {
    throw new AppError("invalid_request", "Expected a WebSocket upgrade");
  }
  if (!isAllowedOrigin(c.req.raw, c.env.APP_ORIGIN))
    throw new AppError("forbidden", "Sockets are only opened from the Mirubato app");
  const auth = await authenticate(c.req.raw, c.env);
  if (!auth.ok) throw new AppError("unauthorized", auth.reason);
  const query = socketQuerySchema.safeParse(c.req.query());
  if (!query.success)
    throw new AppError("invalid_request", "deviceId is missing or invalid", query.error.issues);

  const headers = new Headers(c.req.raw.headers);
  headers.set(DEVICE_ID_HEADER, query.data.deviceId);
  const room = c.env.ROOMS.getByName(roomNameForUser(auth.userId));
  const upgraded = await room.fetch(new Request(c.req.raw, { headers }));
  // A fetched response has immutable headers; the kit's middleware adds x-request-id to it.
  return new Response(null, {
    status: upgraded.status,
    webSocket: upgraded.webSocket,
    headers: upgraded.headers,
  });
});
