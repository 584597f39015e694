import { describe, expect, test } from "vitest";
import { ApiError } from "./api-error";
import { scoreFileRecord } from "./score-file.fixtures";
import {
  deleteScoreFile,
  getScoreFile,
  importScoreFromUrl,
  parseRetryAfter,
  type ScoresApiError,
  type UploadRequest,
  uploadScoreFile,
} from "./scores-client";

const record = scoreFileRecord();

/** The part of XMLHttpRequest the upload uses, answering as told once `send` is called. */
class FakeRequest extends EventTarget {
  readonly upload = new EventTarget();
  status = 0;
  responseText = "";
  withCredentials = false;
  sent: { method: string; url: string; body: unknown } | undefined;
  private method = "";
  private url = "";
  constructor(
    private readonly answer: { status: number; body: unknown; retryAfter?: string } | "network",
    private readonly progress: readonly number[] = [],
  ) {
    super();
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  getResponseHeader(name: string) {
    return name === "retry-after" && this.answer !== "network" ? (this.answer.retryAfter ?? null) : null;
  }
  abort() {
    this.dispatchEvent(new Event("abort"));
  }
  send(body: unknown) {
    this.sent = { method: this.method, url: this.url, body };
    for (const loaded of this.progress) {
      const event = Object.assign(new Event("progress"), { loaded, total: 100, lengthComputable: true });
      this.upload.dispatchEvent(event);
    }
    if (this.answer === "network") {
      this.dispatchEvent(new Event("error"));
      return;
    }
    this.status = this.answer.status;
    this.responseText = JSON.stringify(this.answer.body);
    this.dispatchEvent(new Event("load"));
  }
}

function asRequest(fake: FakeRequest): () => UploadRequest {
  return () => fake;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

describe("uploadScoreFile", () => {
  test("posts the bytes, reports progress and resolves to the parsed record", async () => {
    const fake = new FakeRequest({ status: 201, body: record }, [40, 100]);
    const seen: number[] = [];
    const file = new Blob(["%PDF-1.7"], { type: "application/pdf" });
    const uploaded = await uploadScoreFile(file, {
      createRequest: asRequest(fake),
      onProgress: ({ loadedBytes }) => seen.push(loadedBytes),
    });
    expect(uploaded).toEqual(record);
    expect(seen).toEqual([40, 100]);
    expect(fake.sent).toEqual({ method: "POST", url: "/api/scores/files", body: file });
  });

  test("a refused file rejects with the server's code", async () => {
    const fake = new FakeRequest({
      status: 415,
      body: { error: { code: "unsupported_media_type", message: "not a score" } },
    });
    await expect(uploadScoreFile(new Blob(["x"]), { createRequest: asRequest(fake) })).rejects.toMatchObject({
      code: "unsupported_media_type",
      status: 415,
    });
  });

  test("no answer rejects as network; an answer off the contract as invalid_response", async () => {
    await expect(
      uploadScoreFile(new Blob(["x"]), { createRequest: asRequest(new FakeRequest("network")) }),
    ).rejects.toMatchObject({ code: "network" });
    await expect(
      uploadScoreFile(new Blob(["x"]), {
        createRequest: asRequest(new FakeRequest({ status: 201, body: { id: 1 } })),
      }),
    ).rejects.toMatchObject({ code: "invalid_response" });
  });
});

describe("importScoreFromUrl", () => {
  test("sends the URL as JSON and parses the record", async () => {
    let sent: RequestInit | undefined;
    const imported = await importScoreFromUrl(async (path, init) => {
      expect(path).toBe("/api/scores/files/import");
      sent = init;
      return json(201, record);
    }, "https://example.org/score.pdf");
    expect(imported).toEqual(record);
    expect(sent?.body).toBe(JSON.stringify({ url: "https://example.org/score.pdf" }));
  });

  test("the rate limit carries its Retry-After; import-only codes are kept", async () => {
    const limited = await importScoreFromUrl(
      async () => json(429, { error: { code: "rate_limited", message: "wait" } }, { "retry-after": "540" }),
      "https://example.org/a.pdf",
    ).catch((error: unknown) => error);
    expect(limited).toMatchObject({
      code: "rate_limited",
      retryAfterSec: 540,
    } satisfies Partial<ScoresApiError>);
    const refused = await importScoreFromUrl(
      async () => json(403, { error: { code: "url_not_allowed", message: "private address" } }),
      "http://10.0.0.1/a.pdf",
    ).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "url_not_allowed", status: 403 });
  });
});

test("getScoreFile parses the record; deleteScoreFile treats a missing file as deleted", async () => {
  expect(await getScoreFile(async () => json(200, record), "file-1")).toEqual(record);
  await expect(
    deleteScoreFile(async () => json(404, { error: { code: "not_found", message: "gone" } }), "file-1"),
  ).resolves.toBeUndefined();
  await expect(
    deleteScoreFile(async () => {
      throw new TypeError("Failed to fetch");
    }, "file-1"),
  ).rejects.toBeInstanceOf(ApiError);
});

test("parseRetryAfter reads seconds or an HTTP date", () => {
  expect(parseRetryAfter("120")).toBe(120);
  expect(parseRetryAfter("Mon, 07 Dec 2026 10:01:00 GMT", Date.parse("2026-12-07T10:00:00Z"))).toBe(60);
  expect(parseRetryAfter(null)).toBeUndefined();
  expect(parseRetryAfter("soon")).toBeUndefined();
});
