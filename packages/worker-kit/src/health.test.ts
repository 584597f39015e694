import { expect, test } from "vitest";
import { checkHealth } from "./health";

test("a check that never answers is reported unhealthy after the timeout", async () => {
  const report = await checkHealth("svc", "0.0.1", { slow: () => new Promise(() => undefined) }, 20);
  expect(report.status).toBe("unhealthy");
  expect(report.services.slow?.message).toContain("20 ms");
  expect(report.services.slow?.latencyMs).toBeGreaterThanOrEqual(15);
});

test("no dependencies means healthy", async () => {
  expect((await checkHealth("svc", "0.0.1", {})).status).toBe("healthy");
});
