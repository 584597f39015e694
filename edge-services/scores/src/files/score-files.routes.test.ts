import { env, exports } from "cloudflare:workers";
import { type ScoreFileRecord, scoreFileRecordSchema } from "@mirubato/schema";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test, vi } from "vitest";
import { JPEG_MARKERS, PNG_1X1, tinyPdf, variant, WEBP_1X1 } from "../test-support/fixtures";
import { APP, call, cookieFor, upload } from "../test-support/session";
import { MAX_UPLOAD_BYTES, maxBytesFor } from "./file-kind";
import { sha256Hex } from "./read-upload";
import { objectKey } from "./score-file";

const FILES = "/api/scores/files";
let users = 0;
const newUser = () => `user-${++users}-${crypto.randomUUID().slice(0, 8)}`;

const textOf = (buffer: ArrayBuffer) => new TextDecoder().decode(buffer);

async function codeOf(response: Response): Promise<string> {
  return errorEnvelopeSchema.parse(await response.json()).error.code;
}

async function uploaded(cookie: string, body: Uint8Array): Promise<ScoreFileRecord> {
  const response = await upload(cookie, body);
  expect(response.status).toBe(201);
  return scoreFileRecordSchema.parse(await response.json());
}

describe("upload", () => {
  test.each([
    ["a PDF", tinyPdf({ pages: ["Allegro"] }), "application/pdf"],
    ["a PNG", PNG_1X1, "image/png"],
    ["a JPEG", JPEG_MARKERS, "image/jpeg"],
    ["a WebP", WEBP_1X1, "image/webp"],
  ])("stores %s under the user's prefix and answers 201 with its record", async (_, bytes, contentType) => {
    const userId = newUser();
    const record = await uploaded(await cookieFor(userId), bytes);
    expect(record).toMatchObject({
      contentType,
      sizeBytes: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      processingStatus: "pending",
      pageCount: null,
    });
    const object = await env.BUCKET.get(objectKey(userId, record.id));
    expect(new Uint8Array(await (object?.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(bytes);
    expect(object?.httpMetadata?.contentType).toBe(contentType);
  });

  test("decides the kind by magic bytes, whatever the name and Content-Type claim", async () => {
    const cookie = await cookieFor(newUser());
    const gif = new TextEncoder().encode("GIF89a\x01\x00\x01\x00");
    const response = await call(FILES, {
      method: "POST",
      cookie,
      body: gif,
      headers: { "content-type": "application/pdf", "x-file-name": "sonata.pdf" },
    });
    expect(response.status).toBe(415);
    expect(await codeOf(response)).toBe("unsupported_media_type");

    const pdfAsText = await call(FILES, {
      method: "POST",
      cookie,
      body: tinyPdf({ pages: ["x"] }),
      headers: { "content-type": "text/plain" },
    });
    expect(scoreFileRecordSchema.parse(await pdfAsText.json()).contentType).toBe("application/pdf");
  });

  test("refuses an image over 10 MB and anything over 50 MB with payload_too_large", async () => {
    const cookie = await cookieFor(newUser());
    const bigImage = new Uint8Array(maxBytesFor["image/png"] + 1);
    bigImage.set(PNG_1X1);
    const image = await upload(cookie, bigImage);
    expect(image.status).toBe(413);
    expect(await codeOf(image)).toBe("payload_too_large");

    const hugePdf = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    hugePdf.set(tinyPdf({ pages: ["x"] }));
    const pdf = await upload(cookie, hugePdf);
    expect(pdf.status).toBe(413);
    expect(await codeOf(pdf)).toBe("payload_too_large");
  });

  test("refuses an empty body", async () => {
    const response = await upload(await cookieFor(newUser()), new Uint8Array(0));
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe("invalid_request");
  });

  test("answers the existing record (200) when the same user uploads the same bytes again", async () => {
    const userId = newUser();
    const cookie = await cookieFor(userId);
    const bytes = tinyPdf({ pages: ["Andante"] });
    const first = await uploaded(cookie, bytes);
    const again = await upload(cookie, bytes);
    expect(again.status).toBe(200);
    expect(scoreFileRecordSchema.parse(await again.json()).id).toBe(first.id);
    const rows = await env.DB.prepare("SELECT COUNT(*) AS n FROM score_files WHERE user_id = ?")
      .bind(userId)
      .first("n");
    expect(rows).toBe(1);
    expect((await env.BUCKET.list({ prefix: `users/${userId}/` })).objects).toHaveLength(1);

    const otherUsers = await uploaded(await cookieFor(newUser()), bytes);
    expect(otherUsers.id).not.toBe(first.id);
  });

  test("two identical uploads racing each other keep one record and one object", async () => {
    const userId = newUser();
    const cookie = await cookieFor(userId);
    const bytes = tinyPdf({ pages: ["Presto"] });
    const responses = await Promise.all([upload(cookie, bytes), upload(cookie, bytes)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 201]);
    const ids = await Promise.all(
      responses.map(async (response) => scoreFileRecordSchema.parse(await response.json()).id),
    );
    expect(ids[0]).toBe(ids[1]);
    expect((await env.BUCKET.list({ prefix: `users/${userId}/` })).objects).toHaveLength(1);
  });

  test("refuses a body sent without a Content-Length", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(PNG_1X1);
        controller.close();
      },
    });
    const response = await exports.default.fetch(`${APP}${FILES}`, {
      method: "POST",
      headers: { cookie: await cookieFor(newUser()), origin: APP },
      body: stream,
    });
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe("invalid_request");
  });

  test("queues the upload for processing, which counts its pages", async () => {
    const cookie = await cookieFor(newUser());
    const record = await uploaded(cookie, tinyPdf({ pages: ["one", "two"] }));
    // The real queue delivers after its batch timeout; wait for the consumer, not for a duration.
    const processed = await vi.waitFor(
      async () => {
        const current = scoreFileRecordSchema.parse(
          await (await call(`${FILES}/${record.id}`, { cookie })).json(),
        );
        if (current.processingStatus !== "processed") throw new Error(`still ${current.processingStatus}`);
        return current;
      },
      { timeout: 50_000, interval: 250 },
    );
    expect(processed.pageCount).toBe(2);
  }, 60_000);
});

describe("authentication and origin", () => {
  test.each([
    ["GET", FILES],
    ["POST", FILES],
    ["GET", `${FILES}/0190f0a0-0000-7000-8000-000000000000`],
    ["GET", `${FILES}/0190f0a0-0000-7000-8000-000000000000/content`],
    ["DELETE", `${FILES}/0190f0a0-0000-7000-8000-000000000000`],
  ])("%s %s without a session answers unauthorized", async (method, path) => {
    const response = await call(path, { method, ...(method === "POST" ? { body: PNG_1X1 } : {}) });
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe("unauthorized");
  });

  test("refuses a tampered cookie and a revoked session", async () => {
    const tampered = `${await cookieFor(newUser())}x`;
    expect((await call(FILES, { cookie: tampered })).status).toBe(401);
    const revoked = await cookieFor(newUser(), "revoked-session-1");
    const response = await call(FILES, { cookie: revoked });
    expect(response.status).toBe(401);
    expect(errorEnvelopeSchema.parse(await response.json()).error.details).toEqual({
      reason: "session_ended",
    });
  });

  test.each([
    ["a foreign origin", "https://evil.example"],
    ["no origin", null],
  ])("refuses a cookie-authenticated change from %s", async (_, origin) => {
    const userId = newUser();
    const cookie = await cookieFor(userId);
    const record = await uploaded(cookie, PNG_1X1);
    const post = await call(FILES, { method: "POST", cookie, origin, body: WEBP_1X1 });
    expect(post.status).toBe(403);
    expect(await codeOf(post)).toBe("forbidden");
    const remove = await call(`${FILES}/${record.id}`, { method: "DELETE", cookie, origin });
    expect(remove.status).toBe(403);
    expect(await env.BUCKET.head(objectKey(userId, record.id))).not.toBeNull();
  });
});

describe("another user's files", () => {
  test.each([
    ["GET", ""],
    ["GET", "/content"],
    ["DELETE", ""],
  ])(
    "%s /files/:id%s with another user's id answers not_found and changes nothing",
    async (method, suffix) => {
      const ownerId = newUser();
      const owner = await cookieFor(ownerId);
      const record = await uploaded(owner, tinyPdf({ pages: ["private"] }));
      const intruder = await cookieFor(newUser());

      const foreign = await call(`${FILES}/${record.id}${suffix}`, { method, cookie: intruder });
      const missing = await call(`${FILES}/${crypto.randomUUID()}${suffix}`, { method, cookie: intruder });
      expect(foreign.status).toBe(404);
      // Indistinguishable from a file that never existed.
      expect(await foreign.json()).toEqual(await missing.json());
      expect(missing.status).toBe(404);

      expect((await call(`${FILES}/${record.id}`, { cookie: owner })).status).toBe(200);
      expect(await env.BUCKET.head(objectKey(ownerId, record.id))).not.toBeNull();
    },
  );

  test("a list shows only the caller's files", async () => {
    const mine = await cookieFor(newUser());
    const theirs = await cookieFor(newUser());
    const own = await uploaded(mine, variant(PNG_1X1, 1));
    await uploaded(theirs, variant(PNG_1X1, 2));
    const list = await (await call(FILES, { cookie: mine })).json();
    expect(list).toMatchObject({ files: [{ id: own.id, sha256: own.sha256 }], nextCursor: null });
  });
});

describe("read, list and delete", () => {
  test("validates ids, limits and cursors", async () => {
    const cookie = await cookieFor(newUser());
    for (const path of [
      `${FILES}/not-a-uuid`,
      `${FILES}?limit=0`,
      `${FILES}?limit=101`,
      `${FILES}?cursor=1_x`,
    ]) {
      const response = await call(path, { cookie });
      expect(response.status, path).toBe(400);
      expect(await codeOf(response)).toBe("invalid_request");
    }
  });

  test("serves the bytes privately with an ETag, 304 on a match and 206 for a range", async () => {
    const cookie = await cookieFor(newUser());
    const bytes = tinyPdf({ pages: ["Largo"] });
    const record = await uploaded(cookie, bytes);
    const path = `${FILES}/${record.id}/content`;

    const full = await call(path, { cookie });
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("application/pdf");
    expect(full.headers.get("cache-control")).toContain("private");
    expect(full.headers.get("content-length")).toBe(String(bytes.byteLength));
    expect(new Uint8Array(await full.arrayBuffer())).toEqual(bytes);
    const etag = full.headers.get("etag") ?? "";
    expect(etag).not.toBe("");

    const unchanged = await call(path, { cookie, headers: { "if-none-match": etag } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");

    const range = await call(path, { cookie, headers: { range: "bytes=0-4" } });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe(`bytes 0-4/${bytes.byteLength}`);
    expect(textOf(await range.arrayBuffer())).toBe("%PDF-");
    const suffix = await call(path, { cookie, headers: { range: "bytes=-6" } });
    expect(suffix.status).toBe(206);
    expect(textOf(await suffix.arrayBuffer())).toBe("%%EOF\n");
  });

  test("pages through a user's files newest first, each exactly once", async () => {
    const cookie = await cookieFor(newUser());
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) ids.push((await uploaded(cookie, variant(WEBP_1X1, index))).id);
    const seen: ScoreFileRecord[] = [];
    let cursor: string | null = null;
    const pageSizes: number[] = [];
    do {
      const query: string = cursor === null ? "?limit=2" : `?limit=2&cursor=${cursor}`;
      const page = (await (await call(`${FILES}${query}`, { cookie })).json()) as {
        files: ScoreFileRecord[];
        nextCursor: string | null;
      };
      pageSizes.push(page.files.length);
      seen.push(...page.files.map((file) => scoreFileRecordSchema.parse(file)));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(pageSizes).toEqual([2, 2, 1]);
    expect(seen.map((file) => file.id).sort()).toEqual([...ids].sort());
    const order = seen.map((file) => [file.createdAt, file.id].join(" "));
    expect(order).toEqual([...order].sort().reverse());
  });

  test("delete removes the row and the R2 object", async () => {
    const userId = newUser();
    const cookie = await cookieFor(userId);
    const record = await uploaded(cookie, JPEG_MARKERS);
    const response = await call(`${FILES}/${record.id}`, { method: "DELETE", cookie });
    expect(response.status).toBe(204);
    expect(await env.BUCKET.head(objectKey(userId, record.id))).toBeNull();
    expect(
      await env.DB.prepare("SELECT id FROM score_files WHERE id = ?").bind(record.id).first(),
    ).toBeNull();
    expect((await call(`${FILES}/${record.id}`, { cookie })).status).toBe(404);
    expect((await call(`${FILES}/${record.id}`, { method: "DELETE", cookie })).status).toBe(404);
    // The same bytes can be uploaded afresh.
    expect((await upload(cookie, JPEG_MARKERS)).status).toBe(201);
  });
});
