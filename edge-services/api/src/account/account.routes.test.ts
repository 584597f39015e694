import { env } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import { api, errorCodeOf, ORIGIN, setCookies, signIn } from "../../test/auth-helpers";
import { countUserRows, newPiece, pushDocs, signedInDevice, userSeq } from "../sync/sync-test-client";

const deleteAccount = (cookie: string, body: unknown, origin = ORIGIN) =>
  api("/api/account", {
    method: "DELETE",
    headers: { cookie, origin, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

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
