import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema, PROTOCOL_VERSION } from "@mirubato/sync-protocol";
import { healthReportSchema } from "@mirubato/worker-kit";
import { describe, expect, test } from "vitest";
import {
  connectDevice,
  connectSignedIn,
  requestSocket,
  serviceToken,
  sessionCookie,
} from "./test-support/socket-client";

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

  test("refuses a WebSocket upgrade without a session cookie with 401 unauthorized", async () => {
    const response = await exports.default.fetch(`${origin}/sync/ws?deviceId=phone`, {
      headers: { upgrade: "websocket", origin },
    });
    expect(response.status).toBe(401);
    expect(response.webSocket).toBeNull();
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("unauthorized");
  });

  test("upgrades a signed-in user's socket into their own room, which says hello", async () => {
    const device = await connectSignedIn("u-signed-in", "phone");
    expect(await device.next()).toEqual({ type: "hello", protocolVersion: PROTOCOL_VERSION });
    await exports.RelayService.poke(await serviceToken(), "u-signed-in", "pieces", { seq: 1 });
    expect(await device.next()).toEqual({ type: "poke", collection: "pieces", checkpoint: { seq: 1 } });
  });

  test.each([
    ["a revoked session", async () => ({ cookie: await sessionCookie("u-revoked", "revoked-session") })],
    ["a tampered token", async () => ({ cookie: `${await sessionCookie("u-tampered")}x` })],
    ["a garbage cookie", async () => ({ cookie: "mirubato_session=nope" })],
  ])("refuses %s with 401 unauthorized", async (_label, headers) => {
    const response = await requestSocket("phone", await headers());
    expect(response.status).toBe(401);
    expect(response.webSocket).toBeNull();
    expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("unauthorized");
  });

  test("refuses a foreign or missing Origin with 403 forbidden, even with a valid session", async () => {
    const cookie = await sessionCookie("u-origin");
    for (const origin of ["https://evil.example", ""]) {
      const response = await requestSocket("phone", { cookie, origin });
      expect(response.status).toBe(403);
      expect(errorEnvelopeSchema.parse(await response.json()).error.code).toBe("forbidden");
    }
  });

  test("refuses a signed-in upgrade without a valid device id", async () => {
    const response = await requestSocket("bad%20id", { cookie: await sessionCookie("u-device") });
    expect(response.status).toBe(400);
  });

  test("a user's socket never receives another user's pokes", async () => {
    const alice = await connectSignedIn("u-alice", "phone");
    const bob = await connectSignedIn("u-bob", "phone");
    await alice.next();
    await bob.next();
    expect(await exports.RelayService.poke(await serviceToken(), "u-bob", "goals", { seq: 5 })).toEqual({
      ok: true,
      delivered: 1,
    });
    expect(await bob.next()).toEqual({ type: "poke", collection: "goals", checkpoint: { seq: 5 } });
    await exports.RelayService.poke(await serviceToken(), "u-alice", "pieces", { seq: 2 });
    // Alice's first frame after hello is her own poke: Bob's never reached her.
    expect(await alice.next()).toEqual({ type: "poke", collection: "pieces", checkpoint: { seq: 2 } });
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
    const result = await exports.RelayService.poke(
      await serviceToken(),
      "u-rpc",
      "practice_entries",
      { seq: 9 },
      "phone",
    );
    expect(result).toEqual({ ok: true, delivered: 1 });
    expect(await laptop.next()).toEqual({
      type: "poke",
      collection: "practice_entries",
      checkpoint: { seq: 9 },
    });
  });
});

test("RelayService answers the relay's HTTP routes for binding probes", async () => {
  const response = await exports.RelayService.fetch("http://relay/sync/livez");
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "alive" });
});
