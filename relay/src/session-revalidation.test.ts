import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { parseServiceKeys, verifyServiceToken } from "@mirubato/session-token";
import { CloseCode } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { REVALIDATE_INTERVAL_MS, SESSION_ENDED_REASON } from "./relay-room";
import { roomNameForUser } from "./room-name";
import { connectSignedIn } from "./test-support/socket-client";

/** The api stub's test-only surface (see vitest.config.ts). */
const apiStub = env.API as unknown as {
  revoke(sessionId: string): Promise<void>;
  tokensFor(sessionId: string): Promise<string[]>;
};

const roomOf = (userId: string) => env.ROOMS.getByName(roomNameForUser(userId));

describe("open sockets are re-checked for revocation", () => {
  test("the first socket schedules a revalidation alarm a few minutes ahead", async () => {
    const userId = `u-alarm-${crypto.randomUUID()}`;
    const before = Date.now();
    const device = await connectSignedIn(userId, "phone");
    await device.next();
    const alarm = await runInDurableObject(roomOf(userId), (_room, state) => state.storage.getAlarm());
    expect(alarm).toBeGreaterThanOrEqual(before + REVALIDATE_INTERVAL_MS);
  });

  test("the alarm closes the sockets of a session revoked since they opened, and keeps the others", async () => {
    const userId = `u-revalidate-${crypto.randomUUID()}`;
    const revokedSession = crypto.randomUUID();
    const liveSession = crypto.randomUUID();
    const phone = await connectSignedIn(userId, "phone", revokedSession);
    const laptop = await connectSignedIn(userId, "laptop", liveSession);
    await phone.next();
    await laptop.next();

    await apiStub.revoke(revokedSession);
    expect(await runDurableObjectAlarm(roomOf(userId))).toBe(true);

    const closed = await phone.closed;
    expect(closed.code).toBe(CloseCode.unauthorized);
    expect(closed.reason).toBe(SESSION_ENDED_REASON);
    expect(laptop.socket.readyState).toBe(WebSocket.OPEN);
    // The room keeps checking while a socket remains.
    expect(await runDurableObjectAlarm(roomOf(userId))).toBe(true);
    expect(laptop.socket.readyState).toBe(WebSocket.OPEN);
  });

  test("it asks the api with a fresh relay → api service token, once per session per round", async () => {
    const userId = `u-token-${crypto.randomUUID()}`;
    const session = crypto.randomUUID();
    const phone = await connectSignedIn(userId, "phone", session);
    const laptop = await connectSignedIn(userId, "laptop", session);
    await phone.next();
    await laptop.next();
    const onConnect = (await apiStub.tokensFor(session)).length;
    await runDurableObjectAlarm(roomOf(userId));
    const tokens = await apiStub.tokensFor(session);
    // Two sockets of one session: one question in that round.
    expect(tokens).toHaveLength(onConnect + 1);
    const check = await verifyServiceToken(
      tokens.at(-1),
      { callee: "api", callers: ["relay"] },
      parseServiceKeys(env.SERVICE_KEYS),
    );
    expect(check).toEqual({ ok: true, caller: "relay" });
  });

  test("an empty room stops its alarm", async () => {
    const userId = `u-empty-${crypto.randomUUID()}`;
    const device = await connectSignedIn(userId, "phone");
    await device.next();
    device.socket.close(1000, "done");
    await device.closed;
    await runDurableObjectAlarm(roomOf(userId));
    expect(await runInDurableObject(roomOf(userId), (_room, state) => state.storage.getAlarm())).toBeNull();
  });
});
