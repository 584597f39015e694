/**
 * Version of the sync wire protocol (the messages in this package, not the document schemas,
 * which RxDB versions per collection). Bump it when a message changes incompatibly; the relay's
 * `hello` carries it so a client can tell it must reload.
 *
 * History (one line per bump):
 * 1 — pull/push per collection with server checkpoints `{ seq }`; relay hello/poke/ping/pong.
 */
export const PROTOCOL_VERSION = 1;

/** The oldest client protocol the server still answers. */
export const MIN_SUPPORTED_PROTOCOL_VERSION = 1;

export const IncompatibilityReason = {
  clientTooOld: "clientTooOld",
  serverTooOld: "serverTooOld",
  forbidden: "forbidden",
} as const;
export type IncompatibilityReason = (typeof IncompatibilityReason)[keyof typeof IncompatibilityReason];

/**
 * Why a client speaking `clientVersion` cannot talk to this server, or `null` if it can.
 *
 * @example
 * checkProtocolCompatibility(PROTOCOL_VERSION); // null
 * checkProtocolCompatibility(PROTOCOL_VERSION + 1); // "serverTooOld"
 */
export function checkProtocolCompatibility(
  clientVersion: number,
  serverVersion: number = PROTOCOL_VERSION,
  minSupported: number = MIN_SUPPORTED_PROTOCOL_VERSION,
): IncompatibilityReason | null {
  if (clientVersion < minSupported) return IncompatibilityReason.clientTooOld;
  if (clientVersion > serverVersion) return IncompatibilityReason.serverTooOld;
  return null;
}
