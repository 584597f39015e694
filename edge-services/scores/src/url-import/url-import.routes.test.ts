import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { call, cookieFor } from "../test-support/session";
import { createDohResolver } from "./host-resolver";

const IMPORT = "/api/scores/files/import";

function postImport(body: unknown, options: { cookie?: string; origin?: string | null } = {}) {
  return call(IMPORT, {
    method: "POST",
    ...options,
    body: new TextEncoder().encode(JSON.stringify(body)),
    headers: { "content-type": "application/json" },
  });
}

async function codeOf(response: Response): Promise<string> {
  return errorEnvelopeSchema.parse(await response.json()).error.code;
}

describe("POST /api/scores/files/import", () => {
  test("needs a session and the app's origin", async () => {
    expect((await postImport({ url: "https://example.org/a.pdf" })).status).toBe(401);
    const cookie = await cookieFor(`importer-${crypto.randomUUID().slice(0, 8)}`);
    const foreign = await postImport(
      { url: "https://example.org/a.pdf" },
      { cookie, origin: "https://evil.test" },
    );
    expect(foreign.status).toBe(403);
    expect(await codeOf(foreign)).toBe("forbidden");
  });

  test.each([
    [{}, 400, "invalid_request"],
    [{ url: "" }, 400, "invalid_request"],
    [{ url: "https://example.org/a.pdf", extra: true }, 400, "invalid_request"],
    [{ url: "ftp://example.org/a.pdf" }, 400, "invalid_request"],
    [{ url: "http://127.0.0.1:8787/api/dev/mailbox" }, 403, "url_not_allowed"],
    [{ url: "http://[::1]/" }, 403, "url_not_allowed"],
    [{ url: "http://localhost/" }, 403, "url_not_allowed"],
  ])("answers %j with %i %s", async (body, status, code) => {
    const cookie = await cookieFor(`importer-${crypto.randomUUID().slice(0, 8)}`);
    const response = await postImport(body, { cookie });
    expect(response.status).toBe(status);
    expect(await codeOf(response)).toBe(code);
  });
});

describe("createDohResolver", () => {
  test("asks for A and AAAA records and keeps only addresses", async () => {
    const asked: string[] = [];
    const resolver = createDohResolver(async (input) => {
      const url = new URL(String(input));
      asked.push(url.searchParams.get("type") ?? "");
      const type = url.searchParams.get("type") === "A" ? 1 : 28;
      const data = type === 1 ? "93.184.215.14" : "2606:4700::1";
      return Response.json({
        Status: 0,
        Answer: [
          { type: 5, data: "cdn.example.net." },
          { type, data },
        ],
      });
    });
    expect(await resolver.resolve("scores.example.org")).toEqual(["93.184.215.14", "2606:4700::1"]);
    expect(asked.sort()).toEqual(["A", "AAAA"]);
  });

  test("treats NXDOMAIN as no addresses and other failures as errors", async () => {
    const nx = createDohResolver(async () => Response.json({ Status: 3 }));
    expect(await nx.resolve("nowhere.example.org")).toEqual([]);
    const servfail = createDohResolver(async () => Response.json({ Status: 2 }));
    await expect(servfail.resolve("broken.example.org")).rejects.toThrow(/status 2/);
  });
});
