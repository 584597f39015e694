import { env } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { describe, expect, test, vi } from "vitest";
import { api, errorCodeOf, ORIGIN, sessionIdOf, setCookies, signIn } from "../../test/auth-helpers";
import { countUserRows, newPiece, pushDocs, signedInDevice, userSeq } from "../sync/sync-test-client";

const deleteAccount = (cookie: string, body: unknown, origin = ORIGIN) =>
  api("/api/account", {
    method: "DELETE",
    headers: { cookie, origin, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** The stub workers' test-only surfaces (test/service-stubs.ts). */
interface UserDataStub {
  failFor(userId: string): Promise<void>;
  recover(userId: string): Promise<void>;
  deletionsOf(userId: string): Promise<number>;
}
const scores = env.SCORES as unknown as UserDataStub;
const dictionary = env.DICTIONARY as unknown as UserDataStub;
const relay = env.RELAY as unknown as { endedSessionsOf(userId: string): Promise<string[]> };

const userIdOf = async (cookie: string) =>
  (await (await api("/api/auth/me", { headers: { cookie } })).json<{ user: { id: string } }>()).user.id;

const countRows = async (sql: string, value: string) =>
  (await env.DB.prepare(sql).bind(value).all()).results.length;

describe("GET /api/account/export", () => {
  test("returns the account's rows as a JSON download", async () => {
    const { email, cookie } = await signIn();
    const response = await api("/api/account/export", { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    const data = await response.json<{
      user: { email: string };
      sessions: unknown[];
      magicLinks: object[];
    }>();
    expect(data.user.email).toBe(email);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.magicLinks[0] ?? {})).toEqual(["created_at", "expires_at", "used_at"]);
  });

  test("needs a session", async () => {
    expect((await api("/api/account/export")).status).toBe(401);
  });
});

describe("DELETE /api/account", () => {
  test("deletes every row of the user once the email is repeated", async () => {
    const { email, cookie } = await signIn();
    const response = await deleteAccount(cookie, { confirmEmail: email.toUpperCase() });
    expect(response.status).toBe(204);
    expect(setCookies(response).get("mirubato_session")?.header).toContain("Max-Age=0");
    expect(await countRows("SELECT 1 FROM users WHERE email = ?", email)).toBe(0);
    expect(await countRows("SELECT 1 FROM magic_links WHERE email = ?", email)).toBe(0);
    expect(await countRows("SELECT 1 FROM dev_mailbox WHERE to_email = ?", email)).toBe(0);
    expect((await api("/api/auth/me", { headers: { cookie } })).status).toBe(401);
  });

  test("leaves no synced document or sequence behind, and exports them before", async () => {
    const device = await signedInDevice();
    const pieces = [newPiece(device.clock), newPiece(device.clock)];
    await pushDocs(device, pieces);
    const exported = await api("/api/account/export", { headers: { cookie: device.cookie } });
    const data = await exported.json<{ syncedDocuments: { collection: string; document: unknown }[] }>();
    expect(data.syncedDocuments.map((row) => row.document)).toEqual(pieces);
    const me = await api("/api/auth/me", { headers: { cookie: device.cookie } });
    const { user } = await me.json<{ user: { email: string } }>();
    expect((await deleteAccount(device.cookie, { confirmEmail: user.email })).status).toBe(204);
    expect(await countUserRows(device.userId)).toBe(0);
    expect(await userSeq(device.userId)).toBe(0);
  });

  test("refuses a confirmation that does not match", async () => {
    const { cookie } = await signIn();
    const response = await deleteAccount(cookie, { confirmEmail: "someone-else@example.com" });
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
    expect((await api("/api/auth/me", { headers: { cookie } })).status).toBe(200);
  });

  test("refuses a request from another origin", async () => {
    const { email, cookie } = await signIn();
    const response = await deleteAccount(cookie, { confirmEmail: email }, "https://evil.example");
    expect(response.status).toBe(403);
  });
});

describe("DELETE /api/account across services", () => {
  test("asks scores and dictionary (with valid service tokens) to delete the user's data, then closes relay sockets", async () => {
    const { email, cookie } = await signIn();
    const userId = await userIdOf(cookie);
    expect((await deleteAccount(cookie, { confirmEmail: email })).status).toBe(204);
    // The stubs accept a call only with a valid api → scores / api → dictionary token.
    expect(await scores.deletionsOf(userId)).toBe(1);
    expect(await dictionary.deletionsOf(userId)).toBe(1);
    await vi.waitFor(async () => expect(await relay.endedSessionsOf(userId)).toEqual([sessionIdOf(cookie)]), {
      timeout: 5000,
    });
  });

  test.each([
    ["scores", scores],
    ["dictionary", dictionary],
  ] as const)(
    "when %s fails, answers 503 and keeps the account so a retry completes",
    async (name, failing) => {
      const device = await signedInDevice();
      await pushDocs(device, [newPiece(device.clock)]);
      const { user } = await (await api("/api/auth/me", { headers: { cookie: device.cookie } })).json<{
        user: { email: string };
      }>();
      await failing.failFor(device.userId);

      const refused = await deleteAccount(device.cookie, { confirmEmail: user.email });
      expect(refused.status).toBe(503);
      const envelope = errorEnvelopeSchema.parse(await refused.json());
      expect(envelope.error.code).toBe("service_unavailable");
      expect(envelope.error.details).toEqual({ services: [name] });
      // Nothing of the api's is gone: still signed in, documents still there.
      expect((await api("/api/auth/me", { headers: { cookie: device.cookie } })).status).toBe(200);
      expect(await countUserRows(device.userId)).toBe(1);

      await failing.recover(device.userId);
      expect((await deleteAccount(device.cookie, { confirmEmail: user.email })).status).toBe(204);
      expect(await countUserRows(device.userId)).toBe(0);
      expect(await countRows("SELECT 1 FROM users WHERE id = ?", device.userId)).toBe(0);
      // The retry asked both again (deletions are idempotent): the healthy one twice in all.
      expect(await failing.deletionsOf(device.userId)).toBe(1);
      expect(await (failing === scores ? dictionary : scores).deletionsOf(device.userId)).toBe(2);
    },
  );
});
