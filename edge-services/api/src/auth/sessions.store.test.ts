import { env } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import { createSessionStore } from "./sessions.store";
import { createUserStore } from "./users.store";

const sessions = createSessionStore(env.DB);
const users = createUserStore(env.DB);
const nowMs = Date.UTC(2026, 10, 28, 12);

async function signedIn(expiresInMs = 60_000) {
  const user = await users.findOrCreateByEmail(`${crypto.randomUUID()}@sessions.test`, nowMs);
  const id = crypto.randomUUID();
  await sessions.create({
    id,
    userId: user.id,
    nowMs,
    expiresAtMs: nowMs + expiresInMs,
    userAgent: "Firefox on Linux",
  });
  return { user, id };
}

describe("session store: a signed-in request's one read", () => {
  test("an active session comes with its user", async () => {
    const { user, id } = await signedIn();
    const found = await sessions.findActiveWithUser(id, nowMs + 1);
    expect(found?.user).toEqual(user);
    expect(found?.session).toEqual(await sessions.findActive(id, nowMs + 1));
    expect(found?.session).toMatchObject({
      id,
      userId: user.id,
      userAgent: "Firefox on Linux",
      revokedAtMs: null,
    });
  });

  test("a revoked, expired or unknown session is not found", async () => {
    const revoked = await signedIn();
    await sessions.revoke(revoked.id, revoked.user.id, nowMs + 1);
    expect(await sessions.findActiveWithUser(revoked.id, nowMs + 2)).toBeUndefined();

    const expiring = await signedIn(1000);
    expect(await sessions.findActiveWithUser(expiring.id, nowMs + 999)).toBeDefined();
    expect(await sessions.findActiveWithUser(expiring.id, nowMs + 1000)).toBeUndefined();

    expect(await sessions.findActiveWithUser(crypto.randomUUID(), nowMs)).toBeUndefined();
  });

  test("a deleted user's sessions go with it", async () => {
    const { user, id } = await signedIn();
    await users.deleteUser(user.id);
    expect(await sessions.findActiveWithUser(id, nowMs + 1)).toBeUndefined();
  });
});
