import { z } from "zod";

/**
 * Relay → client, first frame on a connection: the server's protocol version.
 *
 * @example
 * helloSchema.parse({ type: "hello", protocolVersion: PROTOCOL_VERSION });
 */
export const helloSchema = z.strictObject({ type: z.literal("hello"), protocolVersion: z.int().min(1) });
export type Hello = z.infer<typeof helloSchema>;
