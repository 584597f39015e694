/** Sync limits from DESIGN.md §6; the API and relay enforce them, the client stays under them. */
export const syncLimits = {
  /** Documents per pull page. */
  maxPullLimit: 1000,
  /** Rows per push batch. */
  maxPushRows: 500,
  /** Request or response body, in UTF-8 bytes. */
  maxBodyBytes: 1024 * 1024,
  /** One serialised document, in UTF-8 bytes. */
  maxDocumentBytes: 256 * 1024,
  /** One relay WebSocket frame, in UTF-8 bytes. */
  maxRelayMessageBytes: 4 * 1024,
} as const;

const encoder = new TextEncoder();

/**
 * Size of a string, or of a value's JSON, in UTF-8 bytes: the unit every limit is measured in.
 *
 * @example
 * utf8ByteLength("é"); // 2
 * utf8ByteLength({ a: 1 }) <= syncLimits.maxDocumentBytes; // true
 */
export function utf8ByteLength(value: unknown): number {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return encoder.encode(text ?? "").length;
}
