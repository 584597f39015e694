import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { createWorkerApp } from "./create-worker-app";
import { healthReportSchema } from "./health";
import { validate } from "./validate";
import type { WorkerEnv } from "./worker-env";

function makeApp(failingCheck = false) {
  const app = createWorkerApp<WorkerEnv>({
    service: "test",
    version: "1.2.3",
    basePath: "/api/test",
    healthChecks: () => ({
      db: async () => undefined,
      store: failingCheck ? () => Promise.reject(new Error("store down")) : async () => undefined,
    }),
  });
  app.get("/api/test/boom", () => {
    throw new Error("secret internals");
  });
  app.get("/api/test/missing", () => {
    throw new AppError("not_found", "No such piece", { id: "p1" });
  });
  app.post("/api/test/echo", validate("json", z.object({ name: z.string().min(1) })), (c) =>
    c.json(c.req.valid("json")),
  );
  return app;
}

async function errorOf(response: Response) {
  return errorEnvelopeSchema.parse(await response.json()).error;
}

describe("createWorkerApp", () => {
  test("echoes an acceptable incoming request id", async () => {
    const response = await makeApp().request("/api/test/livez", {
      headers: { "x-request-id": "abc-12345678" },
    });
    expect(response.headers.get("x-request-id")).toBe("abc-12345678");
  });

  test("replaces an unacceptable request id with a generated one", async () => {
    const response = await makeApp().request("/api/test/livez", { headers: { "x-request-id": "bad id\n" } });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("logs one JSON line per request without the query string", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await makeApp().request("/api/test/livez?email=someone@example.com");
    const line = JSON.parse(String(log.mock.calls.at(-1)?.[0]));
    log.mockRestore();
    expect(line).toMatchObject({ service: "test", path: "/api/test/livez", status: 200, level: "info" });
    expect(JSON.stringify(line)).not.toContain("someone@example.com");
  });

  test("reports healthy with latency per dependency", async () => {
    const response = await makeApp().request("/api/test/health");
    expect(response.status).toBe(200);
    const report = healthReportSchema.parse(await response.json());
    expect(report).toMatchObject({ service: "test", version: "1.2.3", status: "healthy" });
    expect(Object.keys(report.services)).toEqual(["db", "store"]);
  });

  test("answers 503 with the failing dependency's message when unhealthy", async () => {
    const app = makeApp(true);
    const health = await app.request("/api/test/health");
    expect(health.status).toBe(503);
    const report = healthReportSchema.parse(await health.json());
    expect(report.services.store).toMatchObject({ status: "unhealthy", message: "store down" });
    expect((await app.request("/api/test/readyz")).status).toBe(503);
    expect((await app.request("/api/test/livez")).status).toBe(200);
  });

  test("maps an AppError to its status and envelope", async () => {
    const response = await makeApp().request("/api/test/missing");
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      code: "not_found",
      message: "No such piece",
      details: { id: "p1" },
    });
  });

  test("hides an unexpected error behind a 500 internal envelope", async () => {
    const logError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await makeApp().request("/api/test/boom");
    logError.mockRestore();
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error.code).toBe("internal");
    expect(error.message).not.toContain("secret");
  });

  test("rejects an invalid body with invalid_request and the zod issues", async () => {
    const response = await makeApp().request("/api/test/echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "" }),
    });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe("invalid_request");
    expect(Array.isArray(error.details)).toBe(true);
  });

  test("answers unknown routes with a not_found envelope", async () => {
    const response = await makeApp().request("/api/test/nowhere");
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("not_found");
  });
});

test("adds the request id to a response whose headers are immutable", async () => {
  const app = createWorkerApp<WorkerEnv>({
    service: "t",
    version: "0",
    basePath: "/x",
    healthChecks: () => ({}),
  });
  app.get("/x/forwarded", () => {
    const forwarded = Response.json({ ok: true });
    // What a response from a service binding does: its headers refuse changes.
    Object.defineProperty(forwarded.headers, "set", {
      value: () => {
        throw new TypeError("Can't modify immutable headers.");
      },
    });
    return forwarded;
  });
  const response = await app.request("/x/forwarded", { headers: { "x-request-id": "forwarded-0001" } });
  expect(response.headers.get("x-request-id")).toBe("forwarded-0001");
  expect(await response.json()).toEqual({ ok: true });
});
