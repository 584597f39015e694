import { env, exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { healthReportSchema } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";

const origin = "http://mirubato.test";

describe("scores worker", () => {
  test("reports healthy with its D1 and R2 probes", async () => {
    const response = await exports.default.fetch(`${origin}/api/scores/health`);
    expect(response.status).toBe(200);
    const report = healthReportSchema.parse(await response.json());
    expect(report).toMatchObject({ service: "scores", version: "0.1.0", status: "healthy" });
    expect(Object.keys(report.services).sort()).toEqual(["d1", "r2"]);
  });

  test("answers 503 when its database lacks the schema", async () => {
    await env.DB.exec("ALTER TABLE score_files RENAME TO score_files_away");
    try {
      const response = await exports.default.fetch(`${origin}/api/scores/health`);
      expect(response.status).toBe(503);
      const report = healthReportSchema.parse(await response.json());
      expect(report.services.d1).toMatchObject({ status: "unhealthy" });
      expect(report.services.d1?.message).toContain("score_files");
      expect(report.services.r2?.status).toBe("healthy");
      expect((await exports.default.fetch(`${origin}/api/scores/readyz`)).status).toBe(503);
    } finally {
      await env.DB.exec("ALTER TABLE score_files_away RENAME TO score_files");
    }
  });

  test("answers livez without touching dependencies", async () => {
    const response = await exports.default.fetch(`${origin}/api/scores/livez`);
    expect(await response.json()).toEqual({ status: "alive" });
  });

  test("echoes the caller's request id", async () => {
    const response = await exports.default.fetch(`${origin}/api/scores/health`, {
      headers: { "x-request-id": "front-req-12345678" },
    });
    expect(response.headers.get("x-request-id")).toBe("front-req-12345678");
  });

  test("answers an unknown route with the not_found envelope", async () => {
    const response = await exports.default.fetch(`${origin}/api/scores/nowhere`);
    expect(response.status).toBe(404);
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("not_found");
  });

  test("the migration enforces score_files' invariants", async () => {
    const insert = env.DB.prepare(
      `INSERT INTO score_files (id, user_id, r2_key, content_type, size_bytes, sha256, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const sha256 = "a".repeat(64);
    await insert.bind("f1", "u1", "u1/f1.pdf", "application/pdf", 1024, sha256, Date.now()).run();
    const row = await env.DB.prepare("SELECT processing_status, page_count FROM score_files WHERE id = ?")
      .bind("f1")
      .first();
    expect(row).toEqual({ processing_status: "pending", page_count: null });
    await expect(
      insert.bind("f2", "u1", "u1/f2.exe", "application/x-msdownload", 1, sha256, Date.now()).run(),
    ).rejects.toThrow(/CHECK constraint/);
    const plan = await env.DB.prepare("EXPLAIN QUERY PLAN SELECT id FROM score_files WHERE user_id = ?")
      .bind("u1")
      .all();
    expect(JSON.stringify(plan.results)).toContain("score_files_user_created");
  });
});
