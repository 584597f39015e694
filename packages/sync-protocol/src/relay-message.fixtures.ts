import type { ClientMessage } from "./client-message";
import { PROTOCOL_VERSION } from "./protocol-version";
import type { ServerMessage } from "./server-message";

export const clientMessageFixtures: ClientMessage[] = [{ type: "ping" }];

export const serverMessageFixtures: ServerMessage[] = [
  { type: "hello", protocolVersion: PROTOCOL_VERSION },
  { type: "poke", collection: "practice_entries", checkpoint: { seq: 7 } },
  { type: "poke", collection: "settings" },
  { type: "pong" },
];

/** Frames a relay or client must refuse. */
export const invalidFrames: string[] = [
  "not json",
  JSON.stringify({ type: "poke", collection: "users" }),
  JSON.stringify({ type: "shout" }),
  JSON.stringify({ type: "ping", extra: true }),
  JSON.stringify({ type: "ping", padding: "x".repeat(5000) }),
];
