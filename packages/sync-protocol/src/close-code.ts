import { z } from "zod";

/** Application WebSocket close codes (4000–4999 are reserved for applications by RFC 6455). */
export const CloseCode = {
  badMessage: 4000,
  unauthorized: 4001,
  forbidden: 4003,
  protocolMismatch: 4005,
  messageTooLarge: 4009,
  replaced: 4010,
  rateLimited: 4029,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** The reason sent with each code; short because a close reason is capped at 123 bytes. */
export const closeReasons = {
  4000: "bad message",
  4001: "unauthorized",
  4003: "forbidden",
  4005: "protocol version mismatch",
  4009: "message too large",
  4010: "replaced by a newer connection",
  4029: "rate limited",
} as const satisfies Record<CloseCode, string>;

/** Whether the client should reconnect after this close (it should not without a new session or app). */
export const isRetryableClose = (code: number): boolean =>
  code !== CloseCode.unauthorized && code !== CloseCode.forbidden && code !== CloseCode.protocolMismatch;

/**
 * Parses a received close code into a known one.
 *
 * @example
 * closeCodeSchema.safeParse(event.code).success;
 */
export const closeCodeSchema = z.literal(Object.values(CloseCode));
