import { exports } from "cloudflare:workers";
import { FORGED_SERVICE_KEYS } from "@mirubato/session-token/testing";
import { CloseCode } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { SESSION_ENDED_REASON } from "./relay-room";
import { connectDevice, requestSocket, serviceToken, sessionCookie } from "./test-support/socket-client";

const twoMinutesAgo = () => new Date(Date.now() - 2 * 60_000);

// Every way a service token can be wrong; the relay accepts only a fresh api → relay token.
const badTokens: [string, () => Promise<unknown>][] = [
  ["no token", async () => undefined],
  ["an empty token", async () => ""],
  ["a token for another callee", () => serviceToken("api", "scores")],
  ["a token from a caller the relay does not accept", () => serviceToken("scores", "relay")],
  ["an expired token", () => serviceToken("api", "relay", { now: twoMinutesAgo() })],
  ["a token signed with another secret", () => serviceToken("api", "relay", { keys: FORGED_SERVICE_KEYS })],
  ["a session cookie's token", async () => "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"],
];

describe("RelayService refuses calls without a valid service token from the api", () => {
  test.each(badTokens)("poke with %s is refused and delivers nothing", async (_label, token) => {
    const userId = `u-poke-refused-${crypto.randomUUID()}`;
    const device = await connectDevice(userId, "phone");
    await device.next();
    const result = await exports.RelayService.poke((await token()) as string, userId, "pieces", { seq: 1 });
    expect(result).toEqual({ ok: false, reason: "unauthorized" });
    // The device's next frame is the authorised poke below: the refused one never reached it.
    expect(await exports.RelayService.poke(await serviceToken(), userId, "goals", null)).toEqual({
      ok: true,
      delivered: 1,
    });
    expect(await device.next()).toEqual({ type: "poke", collection: "goals" });
  });

  test.each(badTokens)("endSessions with %s is refused and closes nothing", async (_label, token) => {
    const userId = `u-end-refused-${crypto.randomUUID()}`;
    const device = await connectDevice(userId, "phone", "s-kept");
    await device.next();
    const result = await exports.RelayService.endSessions((await token()) as string, userId, ["s-kept"]);
    expect(result).toEqual({ ok: false, reason: "unauthorized" });
    expect(await exports.RelayService.poke(await serviceToken(), userId, "pieces", null)).toEqual({
      ok: true,
      delivered: 1,
    });
    expect(device.socket.readyState).toBe(WebSocket.OPEN);
  });

  test("a good token works, and refusals log the reason but no user id or token", async () => {
    const userId = `u-logged-${crypto.randomUUID()}`;
    const lines: string[] = [];
    const warn = console.warn;
    console.warn = (line: string) => lines.push(line);
    try {
      const expired = await serviceToken("api", "relay", { now: twoMinutesAgo() });
      await exports.RelayService.poke(expired, userId, "pieces", null);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? "")).toEqual({
        message: "relay refused an RPC call",
        method: "poke",
        reason: "expired",
      });
      expect(lines[0]).not.toContain(userId);
      expect(lines[0]).not.toContain(expired);
    } finally {
      console.warn = warn;
    }
    expect(await exports.RelayService.poke(await serviceToken(), userId, "pieces", null)).toEqual({
      ok: true,
      delivered: 0,
    });
  });
});

describe("RelayService.endSessions", () => {
  test("closes the sockets of the named sessions at once with 4001, and only those", async () => {
    const userId = `u-end-${crypto.randomUUID()}`;
    const [phone, laptop, tablet] = await Promise.all([
      connectDevice(userId, "phone", "s-revoked"),
      connectDevice(userId, "laptop", "s-revoked"),
      connectDevice(userId, "tablet", "s-kept"),
    ]);
    for (const device of [phone, laptop, tablet]) await device.next();
    const result = await exports.RelayService.endSessions(await serviceToken(), userId, ["s-revoked"]);
    expect(result).toEqual({ ok: true, closed: 2 });
    for (const device of [phone, laptop]) {
      const closed = await device.closed;
      expect(closed.code).toBe(CloseCode.unauthorized);
      expect(closed.reason).toBe(SESSION_ENDED_REASON);
    }
    // Ending them again closes nothing more (the api may tell the relay twice).
    expect(await exports.RelayService.endSessions(await serviceToken(), userId, ["s-revoked"])).toEqual({
      ok: true,
      closed: 0,
    });
    expect(await exports.RelayService.poke(await serviceToken(), userId, "pieces", null)).toEqual({
      ok: true,
      delivered: 1,
    });
    expect(await tablet.next()).toEqual({ type: "poke", collection: "pieces" });
  });

  test("never reaches another user's room, even with their session id", async () => {
    const victim = `u-victim-${crypto.randomUUID()}`;
    const device = await connectDevice(victim, "phone", "s-victim");
    await device.next();
    const result = await exports.RelayService.endSessions(await serviceToken(), "u-someone-else", [
      "s-victim",
    ]);
    expect(result).toEqual({ ok: true, closed: 0 });
    expect(device.socket.readyState).toBe(WebSocket.OPEN);
  });

  test("refuses malformed input", async () => {
    const token = await serviceToken();
    expect(await exports.RelayService.endSessions(token, "", ["s"])).toEqual({
      ok: false,
      reason: "invalid_request",
    });
    const tooMany = Array.from({ length: 1001 }, (_, index) => `s-${index}`);
    expect(await exports.RelayService.endSessions(token, "u-x", tooMany)).toEqual({
      ok: false,
      reason: "invalid_request",
    });
  });
});

describe("nothing internal is reachable through the relay's public fetch", () => {
  const origin = "http://mirubato.test";
  const probes: [string, string][] = [
    ["POST", "/sync/poke"],
    ["POST", "/sync/endSessions"],
    ["POST", "/sync/end-sessions"],
    ["GET", "/sync/alarm"],
    ["POST", "/sync/rooms/user:u-1/poke"],
    ["GET", "/sync/internal"],
    ["GET", "/poke"],
  ];

  test.each(probes)("%s %s answers 404", async (method, path) => {
    for (const surface of [exports.default, exports.RelayService]) {
      const response = await surface.fetch(`${origin}${path}`, {
        method,
        headers: { "content-type": "application/json", "x-mirubato-service-token": await serviceToken() },
        ...(method === "POST" ? { body: JSON.stringify({ userId: "u-1", collection: "pieces" }) } : {}),
      });
      expect(response.status).toBe(404);
      await response.body?.cancel();
    }
  });

  test("a browser cannot name its own session or device for the room: the worker sets both", async () => {
    const userId = `u-forged-${crypto.randomUUID()}`;
    const response = await requestSocket("phone", {
      cookie: await sessionCookie(userId, "s-real"),
      "x-relay-session-id": "s-forged",
      "x-relay-device-id": "forged-device",
    });
    const socket = response.webSocket;
    if (!socket) throw new Error(`expected an upgrade, got ${response.status}`);
    socket.accept();
    const closed = new Promise<CloseEvent>((resolve) => socket.addEventListener("close", resolve));
    const token = await serviceToken();
    expect(await exports.RelayService.endSessions(token, userId, ["s-forged"])).toEqual({
      ok: true,
      closed: 0,
    });
    expect(await exports.RelayService.endSessions(token, userId, ["s-real"])).toEqual({
      ok: true,
      closed: 1,
    });
    expect((await closed).code).toBe(CloseCode.unauthorized);
  });
});
