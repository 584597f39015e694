import { env } from "cloudflare:workers";
import { scoreFileRecordSchema } from "@mirubato/schema";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { fixturePdf } from "../test-support/fixture-pdfs";
import { call, cookieFor, upload } from "../test-support/session";

type Route = (request: Request) => Response | Promise<Response>;

/**
 * A fake internet for the worker's outbound `fetch`: DNS-over-HTTPS answers from `dns`, and
 * pages from `routes` by URL. Anything else fails like an unreachable host; nothing leaves.
 */
const dns = new Map<string, string[]>();
const routes = new Map<string, Route>();
const requested: string[] = [];

beforeEach(() => {
  vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin === "https://cloudflare-dns.com") {
      const name = url.searchParams.get("name") ?? "";
      const v6 = url.searchParams.get("type") === "AAAA";
      const answers = (dns.get(name) ?? []).filter((address) => address.includes(":") === v6);
      return Response.json({
        Status: dns.has(name) ? 0 : 3,
        Answer: answers.map((data) => ({ type: v6 ? 28 : 1, data })),
      });
    }
    requested.push(request.url);
    const route = routes.get(request.url);
    if (route === undefined) throw new TypeError("Network connection lost.");
    return route(request);
  });
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  dns.clear();
  routes.clear();
  requested.length = 0;
});

const pdf = fixturePdf("chopin-prelude.pdf");
const pdfResponse = () => new Response(pdf, { headers: { "content-type": "application/pdf" } });

async function newUser() {
  const userId = `user-${crypto.randomUUID().slice(0, 8)}`;
  return { userId, cookie: await cookieFor(userId) };
}

function importUrl(cookie: string, body: unknown) {
  return call("/api/scores/files/import", {
    method: "POST",
    cookie,
    headers: { "content-type": "application/json" },
    body: new TextEncoder().encode(JSON.stringify(body)),
  });
}

async function errorOf(response: Response) {
  const body: unknown = await response.json();
  return { status: response.status, body };
}

/** Nothing half stored: no row in the user's list and no object under their prefix. */
async function expectNothingStored(userId: string, cookie: string) {
  const list = await (await call("/api/scores/files", { cookie })).json();
  expect(list).toEqual({ files: [], nextCursor: null });
  expect((await env.BUCKET.list({ prefix: `users/${userId}/` })).objects).toEqual([]);
}

describe("POST /api/scores/files/import", () => {
  test("imports a PDF from a public host: 201 with the record, processing queued; the same bytes again answer 200", async () => {
    dns.set("scores.example.org", ["93.184.216.34", "2606:2800:220:1::1"]);
    routes.set("https://scores.example.org/chopin.pdf", pdfResponse);
    const { cookie } = await newUser();
    const response = await importUrl(cookie, { url: "https://scores.example.org/chopin.pdf" });
    expect(response.status).toBe(201);
    const record = scoreFileRecordSchema.parse(await response.json());
    expect(record).toMatchObject({
      contentType: "application/pdf",
      sizeBytes: pdf.byteLength,
      processingStatus: "pending",
    });

    const other = await newUser();
    expect((await upload(other.cookie, pdf)).status).toBe(201);
    const again = await importUrl(other.cookie, { url: "https://scores.example.org/chopin.pdf" });
    expect(again.status).toBe(200);
  });

  test("follows up to 3 redirects, checking each hop", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    for (const [from, to] of [
      ["1", "2"],
      ["2", "3"],
      ["3", "4"],
    ]) {
      routes.set(
        `https://a.example.org/${from}`,
        () => new Response(null, { status: 302, headers: { location: `/${to}` } }),
      );
    }
    routes.set("https://a.example.org/4", pdfResponse);
    const { cookie } = await newUser();
    expect((await importUrl(cookie, { url: "https://a.example.org/1" })).status).toBe(201);
  });

  test.each([
    [{}, "no url"],
    [{ url: "not a url" }, "not absolute"],
    [{ url: "ftp://example.org/a.pdf" }, "not http(s)"],
    [{ url: "https://user:secret@example.org/a.pdf" }, "credentials"],
  ])("answers invalid_request 400 for %j (%s)", async (body, _why) => {
    const { userId, cookie } = await newUser();
    const { status, body: answer } = await errorOf(await importUrl(cookie, body));
    expect(status).toBe(400);
    expect(answer).toMatchObject({ error: { code: "invalid_request" } });
    await expectNothingStored(userId, cookie);
  });

  test.each([
    "http://127.0.0.1/a.pdf",
    "http://0x7f.1/a.pdf",
    "http://2130706433/a.pdf",
    "http://0177.0.0.1/a.pdf",
    "http://[::1]/a.pdf",
    "http://[::ffff:127.0.0.1]/a.pdf",
    "http://[fd00::1]/a.pdf",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/a.pdf",
    "http://localhost/a.pdf",
    "http://scores.localhost/a.pdf",
    "http://metadata.google.internal/a.pdf",
    "http://printer.local/a.pdf",
    "https://scores.example.org:8443/a.pdf",
    "https://private.example.org/a.pdf",
  ])("answers url_not_allowed 403 for %s, without fetching it", async (url) => {
    dns.set("private.example.org", ["93.184.216.34", "10.0.0.7"]);
    dns.set("scores.example.org", ["93.184.216.34"]);
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(await importUrl(cookie, { url }));
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: "url_not_allowed" } });
    expect(requested).toEqual([]);
    await expectNothingStored(userId, cookie);
  });

  test("refuses a redirect to a private address: url_not_allowed, the private hop never fetched", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    routes.set(
      "https://a.example.org/go",
      () => new Response(null, { status: 301, headers: { location: "http://169.254.169.254/" } }),
    );
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(await importUrl(cookie, { url: "https://a.example.org/go" }));
    expect({ status, body }).toMatchObject({ status: 403, body: { error: { code: "url_not_allowed" } } });
    expect(requested).toEqual(["https://a.example.org/go"]);
    await expectNothingStored(userId, cookie);
  });

  test("answers too_many_redirects 422 after a 4th redirect", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    routes.set(
      "https://a.example.org/loop",
      () => new Response(null, { status: 302, headers: { location: "/loop" } }),
    );
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(await importUrl(cookie, { url: "https://a.example.org/loop" }));
    expect({ status, body }).toMatchObject({ status: 422, body: { error: { code: "too_many_redirects" } } });
    expect(requested).toHaveLength(4);
    await expectNothingStored(userId, cookie);
  });

  test("answers fetch_failed 502 with the status for a non-2xx answer, and for an unreachable host", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    routes.set("https://a.example.org/missing.pdf", () => new Response("gone", { status: 404 }));
    const first = await newUser();
    const missing = await errorOf(
      await importUrl(first.cookie, { url: "https://a.example.org/missing.pdf" }),
    );
    expect(missing).toMatchObject({
      status: 502,
      body: { error: { code: "fetch_failed", details: { status: 404 } } },
    });
    await expectNothingStored(first.userId, first.cookie);

    const second = await newUser();
    const down = await errorOf(await importUrl(second.cookie, { url: "https://a.example.org/down.pdf" }));
    expect(down).toMatchObject({ status: 502, body: { error: { code: "fetch_failed" } } });
    const unknown = await newUser();
    const noName = await errorOf(
      await importUrl(unknown.cookie, { url: "https://nowhere.example.org/a.pdf" }),
    );
    expect(noName).toMatchObject({ status: 502, body: { error: { code: "fetch_failed" } } });
  });

  test("answers payload_too_large 413 for a Content-Length over 50 MB, before reading the body", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    let pulled = 0;
    routes.set("https://a.example.org/huge.pdf", () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(1024));
        },
      });
      return new Response(body, { headers: { "content-length": String(60 * 1024 * 1024) } });
    });
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(
      await importUrl(cookie, { url: "https://a.example.org/huge.pdf" }),
    );
    expect({ status, body }).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
    expect(pulled).toBeLessThanOrEqual(2);
    await expectNothingStored(userId, cookie);
  });

  test("stops reading a body without Content-Length as soon as it passes 50 MB", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    const chunk = new Uint8Array(4 * 1024 * 1024);
    chunk.set(new TextEncoder().encode("%PDF-1.7\n"));
    let sent = 0;
    routes.set("https://a.example.org/endless.pdf", () => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(body);
    });
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(
      await importUrl(cookie, { url: "https://a.example.org/endless.pdf" }),
    );
    expect({ status, body }).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
    // 13 chunks pass 50 MB; a stream may have pulled one or two ahead, never much more.
    expect(sent).toBeLessThanOrEqual(16 * chunk.byteLength);
    await expectNothingStored(userId, cookie);
  });

  test("answers unsupported_media_type 415 by magic bytes, whatever the Content-Type says", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    routes.set(
      "https://a.example.org/page.pdf",
      () =>
        new Response("<!doctype html><p>Not a score</p>", { headers: { "content-type": "application/pdf" } }),
    );
    const { userId, cookie } = await newUser();
    const { status, body } = await errorOf(
      await importUrl(cookie, { url: "https://a.example.org/page.pdf" }),
    );
    expect({ status, body }).toMatchObject({
      status: 415,
      body: { error: { code: "unsupported_media_type" } },
    });
    await expectNothingStored(userId, cookie);
  });

  test("allows one import per 10 minutes: the next answers rate_limited 429 with Retry-After; refused URLs do not count", async () => {
    dns.set("a.example.org", ["1.1.1.1"]);
    routes.set("https://a.example.org/a.pdf", pdfResponse);
    const { cookie } = await newUser();
    expect((await importUrl(cookie, { url: "http://127.0.0.1/a.pdf" })).status).toBe(403);
    expect((await importUrl(cookie, { url: "https://a.example.org/a.pdf" })).status).toBe(201);
    const limited = await importUrl(cookie, { url: "https://a.example.org/a.pdf" });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(590);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
  });

  test("needs a session and the app's origin", async () => {
    const { cookie } = await newUser();
    expect((await call("/api/scores/files/import", { method: "POST" })).status).toBe(401);
    const foreign = await call("/api/scores/files/import", {
      method: "POST",
      cookie,
      origin: "https://evil.example",
      headers: { "content-type": "application/json" },
      body: new TextEncoder().encode(JSON.stringify({ url: "https://a.example.org/a.pdf" })),
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ error: { code: "forbidden" } });
  });
});
