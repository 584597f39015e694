import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { z } from "zod";

const origin = "http://localhost:4000";

const echoSchema = z.object({
  service: z.string(),
  method: z.string(),
  path: z.string(),
  requestId: z.string(),
  body: z.string(),
});

async function echoOf(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/json");
  return echoSchema.parse(await response.json());
}

describe("front routing", () => {
  test.each([
    ["/api/scores/files?limit=2", "scores"],
    ["/api/dictionary/search?q=allegro", "dictionary"],
    ["/api/auth/me", "api"],
    ["/api/unknown", "api"],
    ["/sync/anything", "relay"],
  ])("forwards %s to %s with the path kept and the request id carried", async (path, service) => {
    const response = await exports.default.fetch(`${origin}${path}`, {
      headers: { "x-request-id": "route-test-1234" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("route-test-1234");
    expect(await echoOf(response)).toMatchObject({ service, path, requestId: "route-test-1234" });
  });

  test("generates a request id when the caller sends none, and forwards that one", async () => {
    const response = await exports.default.fetch(`${origin}/api/auth/me`);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await echoOf(response)).requestId).toBe(requestId);
  });

  test("forwards method and body unchanged", async () => {
    const response = await exports.default.fetch(`${origin}/api/sync/pieces/push`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rows: [] }),
    });
    expect(await echoOf(response)).toMatchObject({ method: "POST", body: '{"rows":[]}' });
  });

  test("passes a WebSocket upgrade through to the relay", async () => {
    const response = await exports.default.fetch(`${origin}/sync/ws?deviceId=phone`, {
      headers: { upgrade: "websocket", "x-request-id": "socket-test-1234" },
    });
    expect(response.status).toBe(101);
    const socket = response.webSocket;
    if (!socket) throw new Error("expected a socket");
    const firstMessage = new Promise<string>((resolve) =>
      socket.addEventListener("message", (event) => resolve(String(event.data))),
    );
    socket.accept();
    expect(JSON.parse(await firstMessage)).toEqual({
      service: "relay",
      path: "/sync/ws",
      requestId: "socket-test-1234",
    });
    socket.close(1000, "done");
  });

  test("answers a crashed service with a 503 envelope, never the SPA shell", async () => {
    const response = await exports.default.fetch(`${origin}/api/unknown`, {
      headers: { "x-request-id": "throw-api-1234" },
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("service_unavailable");
  });
});
