import { AppError } from "@mirubato/worker-kit";
import type { ScoreFileRow } from "./score-file";

/**
 * A file's bytes, streamed from R2. Content never changes under an id, so the answer is cacheable
 * for as long as the browser likes, but only by the browser (`private`: it is the musician's).
 * `If-None-Match` answers 304 and a single `Range` answers 206, both decided by R2 itself.
 */
export async function serveContent(bucket: R2Bucket, row: ScoreFileRow, request: Request): Promise<Response> {
  const conditional = new Headers();
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) conditional.set("if-none-match", ifNoneMatch);
  const wantsRange = request.headers.has("range");
  const object = await bucket.get(row.r2_key, {
    onlyIf: conditional,
    ...(wantsRange ? { range: request.headers } : {}),
  });
  if (object === null) throw new AppError("not_found", "The file's content is no longer stored");

  const headers = new Headers({
    "content-type": row.content_type,
    etag: object.httpEtag,
    "cache-control": "private, max-age=31536000, immutable",
    "accept-ranges": "bytes",
    "content-disposition": "inline",
    "x-content-type-options": "nosniff",
  });
  if (!("body" in object)) return new Response(null, { status: 304, headers });

  const range = byteRange(object.range, object.size);
  if (wantsRange && range !== null) {
    headers.set("content-range", `bytes ${range.start}-${range.end}/${object.size}`);
    headers.set("content-length", String(range.end - range.start + 1));
    return new Response(object.body, { status: 206, headers });
  }
  headers.set("content-length", String(object.size));
  return new Response(object.body, { status: 200, headers });
}

/** The inclusive byte range R2 answered, or null when it answered the whole object. */
function byteRange(range: R2Range | undefined, size: number): { start: number; end: number } | null {
  if (range === undefined) return null;
  // R2 may report every field of the union, unset ones as undefined.
  if ("suffix" in range && range.suffix !== undefined)
    return { start: Math.max(size - range.suffix, 0), end: size - 1 };
  const start = "offset" in range && range.offset !== undefined ? range.offset : 0;
  const length = "length" in range && range.length !== undefined ? range.length : size - start;
  if (start === 0 && length >= size) return null;
  return { start, end: Math.min(start + length, size) - 1 };
}
