import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { healthReportSchema } from "@mirubato/worker-kit";
import { expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };

const request = (path: string, init?: RequestInit) => exports.default.fetch(`http://localhost${path}`, init);

test("health probes D1, KV and the relay for real", async () => {
  const response = await request("/api/health");
  const report = healthReportSchema.parse(await response.json());
  expect(response.status).toBe(200);
  expect(report).toMatchObject({ service: "api", version: packageJson.version, status: "healthy" });
  expect(Object.keys(report.services).sort()).toEqual(["d1", "kv", "relay"]);
});

test("readyz and livez answer", async () => {
  expect((await request("/api/readyz")).status).toBe(200);
  expect(await (await request("/api/livez")).json()).toEqual({ status: "alive" });
});

test("unknown routes answer the not_found envelope with a request id", async () => {
  const response = await request("/api/nowhere");
  expect(response.status).toBe(404);
  expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("not_found");
  expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
});

test("an acceptable incoming request id is echoed", async () => {
  const response = await request("/api/livez", { headers: { "x-request-id": "req-12345678" } });
  expect(response.headers.get("x-request-id")).toBe("req-12345678");
});
