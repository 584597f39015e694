import { exports } from "cloudflare:workers";
import { healthReportSchema } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";

const origin = "http://localhost:4000";

function healthWith(requestId: string) {
  return exports.default.fetch(`${origin}/health`, { headers: { "x-request-id": requestId } });
}

describe("front health", () => {
  test("reports itself healthy with the four services nested", async () => {
    const response = await healthWith("health-test-1234");
    expect(response.status).toBe(200);
    const report = healthReportSchema.parse(await response.json());
    expect(report).toMatchObject({ service: "front", version: "0.1.0", status: "healthy" });
    expect(Object.keys(report.services).sort()).toEqual(["api", "dictionary", "relay", "scores"]);
    for (const service of Object.values(report.services)) {
      expect(service.status).toBe("healthy");
      expect(service.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  test("answers 503 naming the service that reports unhealthy", async () => {
    const response = await healthWith("fail-relay-1234");
    expect(response.status).toBe(503);
    const report = healthReportSchema.parse(await response.json());
    expect(report.status).toBe("unhealthy");
    expect(report.services.relay).toMatchObject({ status: "unhealthy", message: "relay answered 503" });
    expect(report.services.api?.status).toBe("healthy");
  });

  test("answers 503 when a service cannot be reached at all", async () => {
    const response = await healthWith("throw-scores-1234");
    expect(response.status).toBe(503);
    const report = healthReportSchema.parse(await response.json());
    expect(report.services.scores?.status).toBe("unhealthy");
  });

  test("readyz follows the services and livez does not", async () => {
    expect((await healthWith("fail-dictionary-1234")).status).toBe(503);
    const readyz = await exports.default.fetch(`${origin}/readyz`, {
      headers: { "x-request-id": "fail-api-1234" },
    });
    expect(readyz.status).toBe(503);
    const livez = await exports.default.fetch(`${origin}/livez`, {
      headers: { "x-request-id": "fail-api-1234" },
    });
    expect(livez.status).toBe(200);
    expect(await livez.json()).toEqual({ status: "alive" });
  });
});
