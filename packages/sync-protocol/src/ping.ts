import { z } from "zod";

/**
 * Client → relay keep-alive. Its canonical frame lets the relay answer with the Hibernation API's
 * `setWebSocketAutoResponse(new WebSocketRequestResponsePair(pingFrame, pongFrame))` without waking.
 *
 * @example
 * socket.send(pingFrame);
 */
export const pingSchema = z.strictObject({ type: z.literal("ping") });
export type Ping = z.infer<typeof pingSchema>;
export const pingFrame = JSON.stringify({ type: "ping" } satisfies Ping);
