import { env } from "cloudflare:workers";
import { signSession } from "@mirubato/session-token";
import { describe, expect, test } from "vitest";
import { api, errorCodeOf, ORIGIN, sessionIdOf, setCookies, signIn } from "../../test/auth-helpers";

const me = (cookie?: string) => api("/api/auth/me", cookie ? { headers: { cookie } } : {});
const post = (path: string, cookie: string, origin: string | null = ORIGIN) =>
  api(path, { method: "POST", headers: { cookie, ...(origin === null ? {} : { origin }) } });

describe("GET /api/auth/me", () => {
  test("returns the signed-in user", async () => {
    const { email, cookie } = await signIn();
    const response = await me(cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: { id: expect.any(String), email } });
  });

  test("answers 401 without a cookie", async () => {
    const response = await me();
    expect(response.status).toBe(401);
    expect(await errorCodeOf(response)).toBe("unauthorized");
  });

  test("answers 401 and clears a cookie that is not a valid token", async () => {
    const response = await me("mirubato_session=garbage");
    expect(response.status).toBe(401);
    expect(setCookies(response).get("mirubato_session")?.header).toContain("Max-Age=0");
  });

  test("a validly signed token for a session row that does not exist is refused", async () => {
    const { parseSessionKeys } = await import("@mirubato/session-token");
    const token = await signSession(
      { userId: "u-ghost", sessionId: "s-ghost" },
      parseSessionKeys(env.SESSION_KEYS),
    );
    expect((await me(`mirubato_session=${token}`)).status).toBe(401);
  });

  test("a revoked session row ends the session even though the JWT is still valid", async () => {
    const { cookie } = await signIn();
    await env.DB.prepare("UPDATE sessions SET revoked_at = 1 WHERE id = ?").bind(sessionIdOf(cookie)).run();
    expect((await me(cookie)).status).toBe(401);
  });

  test("an expired session row ends the session", async () => {
    const { cookie } = await signIn();
    await env.DB.prepare("UPDATE sessions SET expires_at = 1 WHERE id = ?").bind(sessionIdOf(cookie)).run();
    expect((await me(cookie)).status).toBe(401);
  });
});

describe("POST /api/auth/logout", () => {
  test("revokes the session and clears the cookie", async () => {
    const { cookie } = await signIn();
    const response = await post("/api/auth/logout", cookie);
    expect(response.status).toBe(204);
    expect(setCookies(response).get("mirubato_session")?.header).toContain("Max-Age=0");
    expect((await me(cookie)).status).toBe(401);
  });

  test("is refused with 403 from another origin or without an Origin header", async () => {
    const { cookie } = await signIn();
    for (const origin of ["https://evil.example", "null", null]) {
      const response = await post("/api/auth/logout", cookie, origin);
      expect(response.status).toBe(403);
      expect(await errorCodeOf(response)).toBe("forbidden");
    }
    expect((await me(cookie)).status).toBe(200);
  });
});

describe("sessions", () => {
  test("lists the account's sessions with the current one flagged", async () => {
    const first = await signIn(undefined, "Mozilla/5.0 (Macintosh; Mac OS X 14) Firefox/128.0");
    const second = await signIn(
      first.email,
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17 like Mac OS X) Safari/604.1",
    );
    const response = await api("/api/auth/sessions", { headers: { cookie: second.cookie } });
    expect(response.status).toBe(200);
    const { sessions } = await response.json<{ sessions: { isCurrent: boolean; userAgent: string }[] }>();
    expect(sessions.map((s) => [s.userAgent, s.isCurrent]).sort()).toEqual([
      ["Firefox on macOS", false],
      ["Safari on iOS", true],
    ]);
  });

  test("revoke-all signs out every browser of the account", async () => {
    const first = await signIn();
    const second = await signIn(first.email);
    const other = await signIn();
    const response = await post("/api/auth/sessions/revoke-all", second.cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revokedCount: 2 });
    expect((await me(first.cookie)).status).toBe(401);
    expect((await me(second.cookie)).status).toBe(401);
    expect((await me(other.cookie)).status).toBe(200);
  });

  test("revoking one session signs out only that browser", async () => {
    const first = await signIn();
    const second = await signIn(first.email);
    const response = await post(`/api/auth/sessions/${sessionIdOf(first.cookie)}/revoke`, second.cookie);
    expect(response.status).toBe(204);
    expect(setCookies(response).get("mirubato_session")).toBeUndefined();
    expect((await me(first.cookie)).status).toBe(401);
    expect((await me(second.cookie)).status).toBe(200);
  });

  test("revoking the current session also clears this browser's cookie", async () => {
    const { cookie } = await signIn();
    const response = await post(`/api/auth/sessions/${sessionIdOf(cookie)}/revoke`, cookie);
    expect(response.status).toBe(204);
    expect(setCookies(response).get("mirubato_session")?.header).toContain("Max-Age=0");
    expect((await me(cookie)).status).toBe(401);
  });

  test("another user's session, an unknown id or an ended one is not found and stays as it was", async () => {
    const mine = await signIn();
    const theirs = await signIn();
    for (const id of [sessionIdOf(theirs.cookie), "no-such-session"]) {
      const response = await post(`/api/auth/sessions/${id}/revoke`, mine.cookie);
      expect(response.status).toBe(404);
      expect(await errorCodeOf(response)).toBe("not_found");
    }
    expect((await me(theirs.cookie)).status).toBe(200);
    const other = await signIn(mine.email);
    await post(`/api/auth/sessions/${sessionIdOf(other.cookie)}/revoke`, mine.cookie);
    expect((await post(`/api/auth/sessions/${sessionIdOf(other.cookie)}/revoke`, mine.cookie)).status).toBe(
      404,
    );
  });

  test("revoking a session needs this app's Origin", async () => {
    const first = await signIn();
    const second = await signIn(first.email);
    const response = await post(
      `/api/auth/sessions/${sessionIdOf(first.cookie)}/revoke`,
      second.cookie,
      "https://evil.example",
    );
    expect(response.status).toBe(403);
    expect((await me(first.cookie)).status).toBe(200);
  });

  test("sessions and revoke-all need a session", async () => {
    expect((await api("/api/auth/sessions")).status).toBe(401);
    expect((await api("/api/auth/sessions/some-id/revoke", { method: "POST" })).status).toBe(401);
    expect((await api("/api/auth/sessions/revoke-all", { method: "POST" })).status).toBe(401);
  });
});
