import { env, exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { healthReportSchema } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";

const origin = "http://mirubato.test";

describe("dictionary worker", () => {
  test("reports healthy with its D1 and KV probes", async () => {
    const response = await exports.default.fetch(`${origin}/api/dictionary/health`);
    expect(response.status).toBe(200);
    const report = healthReportSchema.parse(await response.json());
    expect(report).toMatchObject({ service: "dictionary", version: "0.1.0", status: "healthy" });
    expect(Object.keys(report.services).sort()).toEqual(["d1", "kv"]);
  });

  test("answers 503 when its search index is missing", async () => {
    await env.DB.exec("ALTER TABLE terms_fts RENAME TO terms_fts_away");
    try {
      const response = await exports.default.fetch(`${origin}/api/dictionary/health`);
      expect(response.status).toBe(503);
      const report = healthReportSchema.parse(await response.json());
      expect(report.services.d1?.message).toContain("terms_fts");
      expect(report.services.kv?.status).toBe("healthy");
    } finally {
      await env.DB.exec("ALTER TABLE terms_fts_away RENAME TO terms_fts");
    }
  });

  test("echoes the caller's request id", async () => {
    const response = await exports.default.fetch(`${origin}/api/dictionary/livez`, {
      headers: { "x-request-id": "front-req-12345678" },
    });
    expect(response.headers.get("x-request-id")).toBe("front-req-12345678");
  });

  test("answers an unknown route with the not_found envelope", async () => {
    const response = await exports.default.fetch(`${origin}/api/dictionary/nowhere`);
    expect(response.status).toBe(404);
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("not_found");
  });
});
