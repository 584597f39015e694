import { healthReportSchema } from "@mirubato/worker-kit";
import { expect, test } from "@playwright/test";

const healthEndpoints = [
  { path: "/health", service: "front" },
  { path: "/api/health", service: "api" },
  { path: "/api/scores/health", service: "scores" },
  { path: "/api/dictionary/health", service: "dictionary" },
  { path: "/sync/health", service: "relay" },
];

for (const { path, service } of healthEndpoints) {
  test(`${path} reports ${service} healthy with measured dependencies`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const body = healthReportSchema.parse(await response.json());
    expect(body).toMatchObject({ service, status: "healthy" });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    const dependencies = Object.values(body.services);
    expect(dependencies.length).toBeGreaterThan(0);
    for (const dependency of dependencies) {
      expect(dependency.status).toBe("healthy");
      expect(dependency.latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(response.headers()["x-request-id"]).toBeTruthy();
  });

  const prefix = path.replace(/\/health$/, "");
  test(`${prefix || "/"} answers livez and readyz`, async ({ request }) => {
    expect((await request.get(`${prefix}/livez`)).status()).toBe(200);
    expect((await request.get(`${prefix}/readyz`)).status()).toBe(200);
  });
}

test("a request id given by the caller comes back", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "x-request-id": "e2e-request-0001" } });
  expect(response.headers()["x-request-id"]).toBe("e2e-request-0001");
});
