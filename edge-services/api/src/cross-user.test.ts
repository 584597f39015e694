import { env } from "cloudflare:workers";
import { stampChange } from "@mirubato/domain";
import { type CollectionName, collectionFixtures, collectionNames, uuidv7 } from "@mirubato/schema";
import { createPullResponseSchema, createPushResponseSchema } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { api, ORIGIN, sessionIdOf } from "../test/auth-helpers";
import { postSync, pullAll, signedInDevice, type TestDevice } from "./sync/sync-test-client";

/**
 * Every sync and account route tried by user B with user A's ids: B never reads, changes or
 * deletes anything of A's. (Pieces' basic case also sits in sync.routes.test.ts; the relay's
 * `endSessions` with another user's session ids in relay/src/relay-service.test.ts.)
 */

async function pushRows(device: TestDevice, collection: CollectionName, rows: unknown[]) {
  const response = await postSync(device, `${collection}/push`, { rows });
  expect(response.status).toBe(200);
  return createPushResponseSchema(collection).parse(await response.json());
}

async function pullFrom(device: TestDevice, collection: CollectionName, checkpoint: unknown) {
  const response = await postSync(device, `${collection}/pull`, { checkpoint, limit: 1000 });
  expect(response.status).toBe(200);
  return createPullResponseSchema(collection).parse(await response.json());
}

const emailOf = async (cookie: string) =>
  (await (await api("/api/auth/me", { headers: { cookie } })).json<{ user: { email: string } }>()).user.email;

const send = (method: string, path: string, cookie: string, body?: unknown) =>
  api(path, {
    method,
    headers: { cookie, origin: ORIGIN, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe.each(collectionNames)("sync of %s with another user's ids", (collection) => {
  test("B cannot read, overwrite or delete A's document, even naming its id and state", async () => {
    const [alice, bob] = [await signedInDevice(), await signedInDevice()];
    const [fixture] = collectionFixtures[collection];
    if (fixture === undefined) throw new Error(`no fixture for ${collection}`);
    // Settings has one well-known id per account: both users share it by construction.
    const alicesDoc = collection === "settings" ? fixture : { ...fixture, id: uuidv7() };
    await pushRows(alice, collection, [{ assumedMasterState: null, newDocumentState: alicesDoc }]);
    const { checkpoint: alicesCheckpoint } = await pullAll(alice, collection);

    // Reading: B's pulls, from scratch or from A's checkpoint, hold nothing of A's.
    expect((await pullAll(bob, collection)).documents).toEqual([]);
    expect((await pullFrom(bob, collection, { seq: 0 })).documents).toEqual([]);
    expect((await pullFrom(bob, collection, alicesCheckpoint)).documents).toEqual([]);

    // Writing: B claims to know A's state and deletes it, then edits it.
    const tombstone = stampChange(alicesDoc, { _deleted: true } as never, bob.clock);
    const afterDelete = await pushRows(bob, collection, [
      { assumedMasterState: alicesDoc, newDocumentState: tombstone },
    ]);
    // The answer describes B's own (empty) state, never A's document.
    expect(JSON.stringify(afterDelete)).not.toContain(JSON.stringify(alicesDoc));

    // A's document is exactly as A left it; B sees only what B wrote.
    expect((await pullAll(alice, collection)).documents).toEqual([alicesDoc]);
    const bobs = (await pullAll(bob, collection)).documents;
    expect(bobs).not.toContainEqual(alicesDoc);
    expect(bobs.every((doc) => doc._deleted)).toBe(true);
  });
});

describe("account routes with another user's ids", () => {
  test("export, sessions and delete never show or touch another account", async () => {
    const [alice, bob] = [await signedInDevice(), await signedInDevice()];
    const aliceEmail = await emailOf(alice.cookie);

    const exported = await (await api("/api/account/export", { headers: { cookie: bob.cookie } })).text();
    expect(exported).not.toContain(alice.userId);
    expect(exported).not.toContain(aliceEmail);
    expect(exported).not.toContain(sessionIdOf(alice.cookie));

    const sessions = await (await api("/api/auth/sessions", { headers: { cookie: bob.cookie } })).text();
    expect(sessions).not.toContain(sessionIdOf(alice.cookie));

    // Deleting with A's email as the confirmation is refused, and A is untouched.
    const deletion = await send("DELETE", "/api/account", bob.cookie, { confirmEmail: aliceEmail });
    expect(deletion.status).toBe(400);
    expect((await api("/api/auth/me", { headers: { cookie: alice.cookie } })).status).toBe(200);
    expect((await api("/api/auth/me", { headers: { cookie: bob.cookie } })).status).toBe(200);
  });

  test("B's logout and sign-out-everywhere end only B's sessions", async () => {
    const [alice, bob] = [await signedInDevice(), await signedInDevice()];
    // Extra fields naming A's session or user are ignored (the body is not read for ids).
    const body = { sessionId: sessionIdOf(alice.cookie), userId: alice.userId };
    expect((await send("POST", "/api/auth/sessions/revoke-all", bob.cookie, body)).status).toBe(200);
    expect((await api("/api/auth/me", { headers: { cookie: alice.cookie } })).status).toBe(200);
    const carol = await signedInDevice();
    expect((await send("POST", "/api/auth/logout", carol.cookie, body)).status).toBe(204);
    expect((await api("/api/auth/me", { headers: { cookie: alice.cookie } })).status).toBe(200);
    const aliceSession = await env.DB.prepare("SELECT revoked_at FROM sessions WHERE id = ?")
      .bind(sessionIdOf(alice.cookie))
      .first();
    expect(aliceSession).toEqual({ revoked_at: null });
  });

  test("a session token naming A's session id but signed by B's login is B's, not A's", async () => {
    const [alice, bob] = [await signedInDevice(), await signedInDevice()];
    // Swapping JWT payloads breaks the signature: the forged cookie is no session at all.
    const [header, , signature] = (bob.cookie.split("=")[1] ?? "").split(".");
    const [, alicePayload] = (alice.cookie.split("=")[1] ?? "").split(".");
    const forged = `mirubato_session=${header}.${alicePayload}.${signature}`;
    expect((await api("/api/auth/me", { headers: { cookie: forged } })).status).toBe(401);
    expect(
      (await send("DELETE", "/api/account", forged, { confirmEmail: await emailOf(alice.cookie) })).status,
    ).toBe(401);
  });
});
