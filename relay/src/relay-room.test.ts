import { env } from "cloudflare:workers";
import { CloseCode, closeReasons, PROTOCOL_VERSION, pingFrame, syncLimits } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { DEVICE_ID_HEADER, SESSION_ID_HEADER } from "./relay-room";
import { roomNameForUser } from "./room-name";
import { connectDevice } from "./test-support/socket-client";

function roomOf(userId: string) {
  return env.ROOMS.getByName(roomNameForUser(userId));
}

describe("RelayRoom", () => {
  test("greets a new socket with the protocol version", async () => {
    const device = await connectDevice("u-hello", "phone");
    expect(await device.next()).toEqual({ type: "hello", protocolVersion: PROTOCOL_VERSION });
    device.socket.close(1000, "done");
  });

  test("fans a poke out to every device except the origin", async () => {
    const [phone, laptop, tablet] = await Promise.all(
      ["phone", "laptop", "tablet"].map((device) => connectDevice("u-fan", device)),
    );
    for (const device of [phone, laptop, tablet]) expect((await device?.next())?.type).toBe("hello");

    const result = await roomOf("u-fan").poke({
      collection: "pieces",
      checkpoint: { seq: 7 },
      originDeviceId: "phone",
    });
    expect(result).toEqual({ ok: true, delivered: 2 });
    expect(await laptop?.next()).toEqual({ type: "poke", collection: "pieces", checkpoint: { seq: 7 } });
    expect(await tablet?.next()).toEqual({ type: "poke", collection: "pieces", checkpoint: { seq: 7 } });

    // The origin got nothing from the first poke: its next frame is the second one.
    await roomOf("u-fan").poke({ collection: "goals" });
    expect(await phone?.next()).toEqual({ type: "poke", collection: "goals" });
  });

  test("keeps rooms of different users apart", async () => {
    const mine = await connectDevice("u-a", "phone");
    const theirs = await connectDevice("u-b", "phone");
    await mine.next();
    await theirs.next();
    expect(await roomOf("u-a").poke({ collection: "pieces" })).toEqual({ ok: true, delivered: 1 });
    await roomOf("u-b").poke({ collection: "goals" });
    expect(await theirs.next()).toEqual({ type: "poke", collection: "goals" });
  });

  test("rejects an invalid poke (unknown collection, non-checkpoint) without sending anything", async () => {
    const room = roomOf("u-invalid");
    expect(await room.poke({ collection: "Not A Collection" })).toEqual({
      ok: false,
      reason: "invalid_poke",
    });
    const checkpoint = "x".repeat(syncLimits.maxRelayMessageBytes);
    expect(await room.poke({ collection: "pieces", checkpoint })).toEqual({
      ok: false,
      reason: "invalid_poke",
    });
  });

  test("answers a heartbeat ping with pong", async () => {
    const device = await connectDevice("u-ping", "phone");
    await device.next();
    device.socket.send(pingFrame);
    expect(await device.next()).toEqual({ type: "pong" });
    device.socket.send(JSON.stringify({ type: "ping" }, null, 1));
    expect(await device.next()).toEqual({ type: "pong" });
  });

  test("closes a socket that sends an oversize frame with message_too_large", async () => {
    const device = await connectDevice("u-big", "phone");
    await device.next();
    device.socket.send(
      JSON.stringify({ type: "ping", padding: "x".repeat(syncLimits.maxRelayMessageBytes) }),
    );
    const closed = await device.closed;
    expect(closed.code).toBe(CloseCode.messageTooLarge);
    expect(closed.reason).toBe(closeReasons[CloseCode.messageTooLarge]);
  });

  test("closes a socket that sends an unknown message with 4000 bad message", async () => {
    const device = await connectDevice("u-bad", "phone");
    await device.next();
    device.socket.send(JSON.stringify({ type: "push", rows: [] }));
    expect((await device.closed).code).toBe(CloseCode.badMessage);
  });

  test.each([
    ["no device or session", {}],
    ["a device but no session", { [DEVICE_ID_HEADER]: "phone" }],
    ["a session but no device", { [SESSION_ID_HEADER]: "s-1" }],
  ])("refuses a connection the relay worker did not prepare (%s)", async (_label, headers) => {
    const response = await roomOf("u-direct").fetch("https://relay.internal/connect", {
      headers: { upgrade: "websocket", ...headers },
    });
    expect(response.status).toBe(400);
  });
});
