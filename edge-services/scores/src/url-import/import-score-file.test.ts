import { env } from "cloudflare:workers";
import { AppError } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";
import { objectKey } from "../files/score-file";
import { createScoreFilesStore } from "../files/score-files.store";
import { tinyPdf } from "../test-support/fixtures";
import { MAX_REDIRECTS } from "./fetch-import";
import { createTableResolver } from "./host-resolver";
import { type ImportScoreFileDeps, importScoreFile } from "./import-score-file";
import { URL_IMPORT_WINDOW_MS } from "./url-import.store";

const PDF = tinyPdf({ pages: ["Prelude"], title: "Prelude in C", author: "J. S. Bach" });

/** The remote web: a table of URL → response, and every URL the import asked for. */
function remoteWeb(routes: Record<string, () => Response>) {
  const requested: string[] = [];
  const fetcher: typeof fetch = async (input) => {
    const url = String(input);
    requested.push(url);
    const route = routes[url];
    if (route === undefined) throw new TypeError("network error");
    return route();
  };
  return { fetcher, requested };
}

const resolver = createTableResolver({
  "scores.example.org": ["93.184.215.14"],
  "mirror.example.org": ["2606:4700::6810:84e5"],
  "rebound.example.org": ["10.0.0.7"],
});

let users = 0;
function setup(routes: Record<string, () => Response>, nowMs = Date.now()) {
  const userId = `importer-${++users}-${crypto.randomUUID().slice(0, 8)}`;
  const web = remoteWeb(routes);
  const deps: ImportScoreFileDeps = {
    store: createScoreFilesStore(env.DB),
    bucket: env.BUCKET,
    queue: env.SCORE_QUEUE,
    db: env.DB,
    now: () => nowMs,
    newId: () => crypto.randomUUID(),
    fetcher: web.fetcher,
    resolver,
    testOrigins: new Set(),
  };
  return { userId, deps, web };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
}

async function nothingStoredFor(userId: string) {
  const objects = await env.BUCKET.list({ prefix: `users/${userId}/` });
  const rows = await env.DB.prepare("SELECT count(*) AS n FROM score_files WHERE user_id = ?")
    .bind(userId)
    .first<{ n: number }>();
  return objects.objects.length === 0 && rows?.n === 0;
}

const pdfResponse = () => new Response(PDF, { headers: { "content-type": "application/octet-stream" } });
const redirectTo =
  (location: string, status = 302) =>
  () =>
    new Response(null, { status, headers: { location } });

describe("importScoreFile", () => {
  test("stores a PDF fetched from a public host like an upload, queued for processing", async () => {
    const { userId, deps } = setup({ "https://scores.example.org/bach.pdf": pdfResponse });
    const result = await importScoreFile(deps, userId, "https://scores.example.org/bach.pdf");
    if ("isRateLimited" in result) throw new Error("rate limited");
    expect(result.created).toBe(true);
    expect(result.record).toMatchObject({ contentType: "application/pdf", processingStatus: "pending" });
    const object = await env.BUCKET.get(objectKey(userId, result.record.id));
    expect(new Uint8Array(await (object?.arrayBuffer() ?? new ArrayBuffer(0)))).toEqual(PDF);
  });

  test("follows up to three redirects, checking every hop, and refuses a fourth", async () => {
    const { userId, deps, web } = setup({
      "https://scores.example.org/a": redirectTo("/b", 301),
      "https://scores.example.org/b": redirectTo("https://mirror.example.org/c", 307),
      "https://mirror.example.org/c": redirectTo("/d", 308),
      "https://mirror.example.org/d": pdfResponse,
    });
    const result = await importScoreFile(deps, userId, "https://scores.example.org/a");
    expect("record" in result && result.record.contentType).toBe("application/pdf");
    expect(web.requested).toHaveLength(MAX_REDIRECTS + 1);

    const looping = setup({
      "https://scores.example.org/1": redirectTo("/2"),
      "https://scores.example.org/2": redirectTo("/3"),
      "https://scores.example.org/3": redirectTo("/4"),
      "https://scores.example.org/4": redirectTo("/5"),
    });
    expect(await codeOf(importScoreFile(looping.deps, looping.userId, "https://scores.example.org/1"))).toBe(
      "too_many_redirects",
    );
    expect(await nothingStoredFor(looping.userId)).toBe(true);
  });

  test.each([
    ["a redirect to a loopback address", "http://127.0.0.1/admin"],
    ["a redirect to the metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a redirect to a name that resolves privately", "https://rebound.example.org/x.pdf"],
    ["a redirect to a non-standard port", "https://scores.example.org:8443/x.pdf"],
  ])("refuses %s without fetching it", async (_, location) => {
    const { userId, deps, web } = setup({ "https://scores.example.org/go": redirectTo(location) });
    expect(await codeOf(importScoreFile(deps, userId, "https://scores.example.org/go"))).toBe(
      "url_not_allowed",
    );
    expect(web.requested).toEqual(["https://scores.example.org/go"]);
    expect(await nothingStoredFor(userId)).toBe(true);
  });

  test.each([
    ["not a URL", "bach.pdf", "invalid_request"],
    ["another scheme", "file:///etc/passwd", "invalid_request"],
    ["credentials in the URL", "https://user:pw@scores.example.org/x.pdf", "invalid_request"],
    ["a private literal", "http://192.168.0.10/x.pdf", "url_not_allowed"],
    ["an IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/x.pdf", "url_not_allowed"],
    ["an internal name", "http://files.internal/x.pdf", "url_not_allowed"],
    ["a name resolving privately", "https://rebound.example.org/x.pdf", "url_not_allowed"],
    ["a name that does not resolve", "https://nowhere.example.org/x.pdf", "fetch_failed"],
  ])("refuses %s before fetching, without taking the import slot", async (_, url, code) => {
    const { userId, deps, web } = setup({ "https://scores.example.org/bach.pdf": pdfResponse });
    expect(await codeOf(importScoreFile(deps, userId, url))).toBe(code);
    expect(web.requested).toEqual([]);
    // The slot is still free: a good import right after goes through.
    const result = await importScoreFile(deps, userId, "https://scores.example.org/bach.pdf");
    expect("record" in result).toBe(true);
  });

  test.each([
    ["a server error", () => new Response("oops", { status: 503 }), "fetch_failed"],
    ["a page that is not a score", () => new Response("<html>hello</html>"), "unsupported_media_type"],
    ["an empty body", () => new Response(""), "invalid_request"],
    [
      "a declared size over 50 MB",
      () => new Response(PDF, { headers: { "content-length": String(51 * 1024 * 1024) } }),
      "payload_too_large",
    ],
  ])("answers %s with %s and stores nothing", async (_, response, code) => {
    const { userId, deps } = setup({ "https://scores.example.org/x": response });
    expect(await codeOf(importScoreFile(deps, userId, "https://scores.example.org/x"))).toBe(code);
    expect(await nothingStoredFor(userId)).toBe(true);
  });

  test("stops reading a body without a length the moment it passes 50 MB", async () => {
    let pulled = 0;
    const endless = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(1024 * 1024));
          },
        }),
      );
    const { userId, deps } = setup({ "https://scores.example.org/endless": endless });
    expect(await codeOf(importScoreFile(deps, userId, "https://scores.example.org/endless"))).toBe(
      "payload_too_large",
    );
    expect(pulled).toBeLessThan(55);
    expect(await nothingStoredFor(userId)).toBe(true);
  });

  test("allows one import per 10 minutes per user, with the wait until the next", async () => {
    const startedAt = 1_800_000_000_000;
    const routes = { "https://scores.example.org/bach.pdf": pdfResponse };
    const first = setup(routes, startedAt);
    expect(
      "record" in (await importScoreFile(first.deps, first.userId, "https://scores.example.org/bach.pdf")),
    ).toBe(true);
    const soon = { ...first.deps, now: () => startedAt + 60_000 };
    expect(await importScoreFile(soon, first.userId, "https://scores.example.org/bach.pdf")).toEqual({
      isRateLimited: true,
      retryAfterSec: (URL_IMPORT_WINDOW_MS - 60_000) / 1000,
    });
    const later = { ...first.deps, now: () => startedAt + URL_IMPORT_WINDOW_MS };
    const again = await importScoreFile(later, first.userId, "https://scores.example.org/bach.pdf");
    expect("record" in again && again.created).toBe(false); // the same bytes: the existing record
  });

  test("lets a configured test origin through without the address checks", async () => {
    const { userId, deps } = setup({ "http://127.0.0.1:4599/fixture.pdf": pdfResponse });
    const withTestOrigin = { ...deps, testOrigins: new Set(["http://127.0.0.1:4599"]) };
    const result = await importScoreFile(withTestOrigin, userId, "http://127.0.0.1:4599/fixture.pdf");
    expect("record" in result).toBe(true);
    expect(await codeOf(importScoreFile(deps, `${userId}-b`, "http://127.0.0.1:4599/fixture.pdf"))).toBe(
      "url_not_allowed",
    );
  });
});
