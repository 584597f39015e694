import type { z } from "zod";
import { CloseCode } from "./close-code";
import { syncLimits, utf8ByteLength } from "./limits";

export type FrameResult<Message> =
  | { readonly ok: true; readonly message: Message }
  | { readonly ok: false; readonly closeCode: CloseCode; readonly error: string };

/**
 * Parses one WebSocket text frame: size limit, JSON, then the schema. Failures carry the close
 * code to use, so both ends treat bad frames alike.
 *
 * @example
 * const result = parseFrame(clientMessageSchema, event.data);
 * if (!result.ok) socket.close(result.closeCode, closeReasons[result.closeCode]);
 */
export function parseFrame<Schema extends z.ZodType>(
  schema: Schema,
  frame: string | ArrayBuffer,
): FrameResult<z.infer<Schema>> {
  if (typeof frame !== "string") return { ok: false, closeCode: CloseCode.badMessage, error: "binary frame" };
  // Checking the length first avoids encoding a huge frame: bytes >= UTF-16 units in UTF-8.
  if (
    frame.length > syncLimits.maxRelayMessageBytes ||
    utf8ByteLength(frame) > syncLimits.maxRelayMessageBytes
  ) {
    return { ok: false, closeCode: CloseCode.messageTooLarge, error: "frame exceeds 4 KB" };
  }
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    // The frame's text is the whole story; the parser's message adds nothing a client can act on.
    return { ok: false, closeCode: CloseCode.badMessage, error: "frame is not JSON" };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, closeCode: CloseCode.badMessage, error: parsed.error.message };
  return { ok: true, message: parsed.data };
}
