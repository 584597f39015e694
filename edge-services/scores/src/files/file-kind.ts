/**
 * The kinds of file a score can be (DESIGN.md §6), recognised by their first bytes only: the name
 * and the Content-Type a browser sends are the uploader's word, the magic bytes are the file's.
 */
import type { ScoreContentType } from "@mirubato/schema";

export { SCORE_CONTENT_TYPES, type ScoreContentType } from "@mirubato/schema";

const MB = 1024 * 1024;

/** The largest upload of any kind: a body longer than this is refused before it is read. */
export const MAX_UPLOAD_BYTES = 50 * MB;
export const MAX_PDF_PAGES = 500;

export const maxBytesFor: Record<ScoreContentType, number> = {
  "application/pdf": 50 * MB,
  "image/jpeg": 10 * MB,
  "image/png": 10 * MB,
  "image/webp": 10 * MB,
};

/** How many leading bytes `sniffContentType` needs to decide. */
export const SNIFF_BYTES = 12;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_SIGNATURE = [..."%PDF-"].map((char) => char.charCodeAt(0));
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const RIFF = [..."RIFF"].map((char) => char.charCodeAt(0));
const WEBP = [..."WEBP"].map((char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

/**
 * The content type the bytes prove, or null when they are none of the accepted kinds.
 *
 * @example
 * sniffContentType(new TextEncoder().encode("%PDF-1.7\n…")); // "application/pdf"
 */
export function sniffContentType(bytes: Uint8Array): ScoreContentType | null {
  if (startsWith(bytes, PDF_SIGNATURE)) return "application/pdf";
  if (startsWith(bytes, PNG_SIGNATURE)) return "image/png";
  if (startsWith(bytes, JPEG_SIGNATURE)) return "image/jpeg";
  // RIFF container: "RIFF", 4 bytes of length, then the form type.
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}
