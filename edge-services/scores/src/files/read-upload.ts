import { AppError } from "@mirubato/worker-kit";
import { z } from "zod";

const contentLengthSchema = z.coerce.number().int().nonnegative();

/**
 * Reads an upload's body into one buffer of exactly its declared length, refusing it before a
 * byte is read when the length is missing or above `maxBytes`. One preallocated buffer keeps the
 * worker's memory at the file's size (≤ 50 MB) rather than chunks plus a copy.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = contentLengthSchema.safeParse(request.headers.get("content-length") ?? undefined);
  if (!declared.success) {
    throw new AppError("invalid_request", "Send the file as the request body with a Content-Length");
  }
  const length = declared.data;
  if (length > maxBytes) throw tooLarge(maxBytes);
  if (length === 0 || request.body === null) throw new AppError("invalid_request", "The file is empty");

  const buffer = new Uint8Array(length);
  let received = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > length) {
      await reader.cancel();
      throw new AppError("invalid_request", "The body is longer than its Content-Length");
    }
    buffer.set(value, received);
    received += value.byteLength;
  }
  if (received !== length) throw new AppError("invalid_request", "The body ended before its Content-Length");
  return buffer;
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The file is larger than ${maxBytes / (1024 * 1024)} MB`, {
    maxBytes,
  });
}

/** Lowercase hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
