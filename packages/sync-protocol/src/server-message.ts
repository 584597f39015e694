import { z } from "zod";
import { helloSchema } from "./hello";
import { pokeSchema } from "./poke";
import { pongSchema } from "./pong";

/**
 * Every frame the relay may send a client.
 *
 * @example
 * const result = parseFrame(serverMessageSchema, event.data);
 * if (result.ok && result.message.type === "poke") pullStream.next("RESYNC");
 */
export const serverMessageSchema = z.discriminatedUnion("type", [helloSchema, pokeSchema, pongSchema]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
