import { z } from "zod";
import { pingSchema } from "./ping";

/**
 * Every frame a client may send the relay.
 *
 * @example
 * const result = parseFrame(clientMessageSchema, frame);
 */
export const clientMessageSchema = z.discriminatedUnion("type", [pingSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;
