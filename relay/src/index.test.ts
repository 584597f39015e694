import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { healthReportSchema } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";
import { connectDevice } from "./test-support/socket-client";

const origin = "http://mirubato.test";

describe("relay worker", () => {
  test("reports healthy after a round trip to a RelayRoom", async () => {
    const response = await exports.default.fetch(`${origin}/sync/health`, {
      headers: { "x-request-id": "front-req-12345678" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("front-req-12345678");
    const report = healthReportSchema.parse(await response.json());
    expect(report).toMatchObject({ service: "relay", version: "0.1.0", status: "healthy" });
    expect(Object.keys(report.services)).toEqual(["durableObjects"]);
  });

  test("refuses an unauthenticated WebSocket upgrade with 401 unauthorized", async () => {
    const response = await exports.default.fetch(`${origin}/sync/ws?deviceId=phone`, {
      headers: { upgrade: "websocket" },
    });
    expect(response.status).toBe(401);
    expect(response.webSocket).toBeNull();
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("unauthorized");
  });

  test("refuses a plain GET of the socket path", async () => {
    const response = await exports.default.fetch(`${origin}/sync/ws`);
    expect(response.status).toBe(400);
  });

  test("answers an unknown route with the not_found envelope", async () => {
    const response = await exports.default.fetch(`${origin}/sync/nowhere`);
    expect(response.status).toBe(404);
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("not_found");
  });

  test("RelayService.poke reaches the user's devices except the origin", async () => {
    const phone = await connectDevice("u-rpc", "phone");
    const laptop = await connectDevice("u-rpc", "laptop");
    await phone.next();
    await laptop.next();
    const result = await exports.RelayService.poke("u-rpc", "practice_entries", "cp-9", "phone");
    expect(result).toEqual({ ok: true, delivered: 1 });
    expect(await laptop.next()).toEqual({ type: "poke", collection: "practice_entries", checkpoint: "cp-9" });
  });
});

test("RelayService answers the relay's HTTP routes for binding probes", async () => {
  const response = await exports.RelayService.fetch("http://relay/sync/livez");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "alive" });
});
