import { z } from "zod";

/**
 * Relay → client answer to a ping.
 *
 * @example
 * serverMessageSchema.parse(JSON.parse(pongFrame)); // { type: "pong" }
 */
export const pongSchema = z.strictObject({ type: z.literal("pong") });
export type Pong = z.infer<typeof pongSchema>;
export const pongFrame = JSON.stringify({ type: "pong" } satisfies Pong);
