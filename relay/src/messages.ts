/**
 * Relay wire messages (DESIGN.md §3). Defined here until the shared schemas land in
 * `@mirubato/sync-protocol` (its client-message.ts / server-message.ts); then this file becomes
 * re-exports and the client imports the same definitions.
 *
 * Protocol version history:
 *   1: hello, poke and pong from the server; ping from the client.
 */
import { z } from "zod";

export const PROTOCOL_VERSION = 1;

/** Largest frame the relay accepts or sends, in UTF-8 bytes (DESIGN.md §6). */
export const MAX_MESSAGE_BYTES = 4096;

export const pingSchema = z.object({ type: z.literal("ping") });

export const clientMessageSchema = z.discriminatedUnion("type", [pingSchema]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const helloSchema = z.object({ type: z.literal("hello"), protocolVersion: z.number().int() });
export const pongSchema = z.object({ type: z.literal("pong") });

/** Collection names as used in sync paths (`practice_entries`, `pieces`, …). */
export const collectionNameSchema = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/);

/** The api's checkpoint for the change, opaque to the relay; absent means "pull to catch up". */
export const checkpointSchema = z.json();

export const pokeSchema = z.object({
  type: z.literal("poke"),
  collection: collectionNameSchema,
  checkpoint: checkpointSchema.optional(),
});

export const serverMessageSchema = z.discriminatedUnion("type", [helloSchema, pokeSchema, pongSchema]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Exactly what a client sends as a heartbeat; the room answers it without waking up. */
export const HEARTBEAT_REQUEST = JSON.stringify({ type: "ping" } satisfies ClientMessage);
export const HEARTBEAT_RESPONSE = JSON.stringify({ type: "pong" } satisfies ServerMessage);

/** Application close codes (4000–4999), each with the reason sent beside it. */
export const RelayCloseCode = {
  invalidMessage: 4000,
  unauthorized: 4001,
  messageTooLarge: 4009,
} as const;
export type RelayCloseCode = (typeof RelayCloseCode)[keyof typeof RelayCloseCode];

export const relayCloseReason: Record<RelayCloseCode, string> = {
  4000: "invalid_message",
  4001: "unauthorized",
  4009: "message_too_large",
};

/** Device ids tag sockets so a poke can skip the device that caused it. */
export const deviceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
