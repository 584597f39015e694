import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { createWorkerApp } from "./create-worker-app";
import { originListSchema, requireSameOrigin } from "./require-same-origin";
import type { WorkerEnv } from "./worker-env";

function makeApp() {
  const app = createWorkerApp<WorkerEnv>({
    service: "t",
    version: "0",
    basePath: "/api/t",
    healthChecks: () => ({}),
  });
  app.use(
    "/api/t/*",
    requireSameOrigin({ allowedOrigins: () => originListSchema.parse("http://localhost:4000/") }),
  );
  app.post("/api/t/change", (c) => c.json({ changed: true }));
  app.get("/api/t/read", (c) => c.json({ read: true }));
  return app;
}

function post(url: string, headers: Record<string, string>) {
  return makeApp().request(url, { method: "POST", headers });
}

describe("requireSameOrigin", () => {
  test("accepts a cookie-carrying change from an allowed origin or the request's own origin", async () => {
    const cookie = "mirubato_session=x";
    expect(
      (await post("http://localhost:4000/api/t/change", { cookie, origin: "http://localhost:4000" })).status,
    ).toBe(200);
    expect(
      (await post("http://localhost:4740/api/t/change", { cookie, origin: "http://localhost:4740" })).status,
    ).toBe(200);
    expect(
      (await post("http://localhost:4740/api/t/change", { cookie, origin: "http://localhost:4000" })).status,
    ).toBe(200);
  });

  test.each([
    ["a foreign origin", { origin: "http://localhost:4000.evil.example" }],
    ["another port", { origin: "http://localhost:4001" }],
    ["no origin", {}],
  ])("refuses a cookie-carrying change from %s with forbidden", async (_, originHeader) => {
    const response = await post("http://localhost:4740/api/t/change", { cookie: "a=b", ...originHeader });
    expect(response.status).toBe(403);
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("forbidden");
  });

  test("leaves reads and cookie-less requests (an empty Cookie header included) alone", async () => {
    const read = await makeApp().request("http://localhost:4740/api/t/read", {
      headers: { cookie: "a=b", origin: "http://evil.example" },
    });
    expect(read.status).toBe(200);
    expect((await post("http://localhost:4740/api/t/change", { origin: "http://evil.example" })).status).toBe(
      200,
    );
    expect((await post("http://localhost:4740/api/t/change", { cookie: "" })).status).toBe(200);
  });

  test("normalises APP_ORIGIN entries to origins and rejects a list without one", () => {
    expect(originListSchema.parse("https://mirubato.com/app, http://localhost:4000")).toEqual([
      "https://mirubato.com",
      "http://localhost:4000",
    ]);
    expect(originListSchema.safeParse("not a url").success).toBe(false);
  });
});
