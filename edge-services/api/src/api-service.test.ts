import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import {
  parseServiceKeys,
  SERVICE_TOKEN_HEADER,
  type ServiceName,
  signServiceToken,
} from "@mirubato/session-token";
import { FORGED_SERVICE_KEYS } from "@mirubato/session-token/testing";
import { describe, expect, test, vi } from "vitest";
import { api, ORIGIN, sessionIdOf, signIn } from "../test/auth-helpers";
import { createApp } from "./index";

const serviceToken = (
  caller: ServiceName,
  callee: ServiceName,
  options: { keys?: string; now?: Date } = {},
) => signServiceToken(caller, callee, parseServiceKeys(options.keys ?? env.SERVICE_KEYS), options.now);

/** The relay stub's test-only surface (test/service-stubs.ts). */
const relayStub = env.RELAY as unknown as { endedSessionsOf(userId: string): Promise<string[]> };

const userIdOf = async (cookie: string) =>
  (await (await api("/api/auth/me", { headers: { cookie } })).json<{ user: { id: string } }>()).user.id;

const post = (path: string, cookie: string) =>
  api(path, { method: "POST", headers: { cookie, origin: ORIGIN } });

describe("ApiService.isSessionActive", () => {
  test.each(["relay", "scores", "dictionary"] as const)(
    "answers %s about the session row",
    async (caller) => {
      const { cookie } = await signIn();
      const sessionId = sessionIdOf(cookie);
      expect(await exports.ApiService.isSessionActive(await serviceToken(caller, "api"), sessionId)).toBe(
        true,
      );
      await post("/api/auth/logout", cookie);
      expect(await exports.ApiService.isSessionActive(await serviceToken(caller, "api"), sessionId)).toBe(
        false,
      );
      expect(await exports.ApiService.isSessionActive(await serviceToken(caller, "api"), "")).toBe(false);
    },
  );

  test.each([
    ["no token", async () => undefined],
    ["a token for another callee", () => serviceToken("relay", "scores")],
    ["a token from a caller the api does not accept", () => serviceToken("front", "api")],
    ["a token the api signed for itself", () => serviceToken("api", "api")],
    ["an expired token", () => serviceToken("relay", "api", { now: new Date(Date.now() - 120_000) })],
    ["a token signed with another secret", () => serviceToken("relay", "api", { keys: FORGED_SERVICE_KEYS })],
  ])("refuses %s, even about a live session", async (_label, token) => {
    const { cookie } = await signIn();
    const sessionId = sessionIdOf(cookie);
    expect(await exports.ApiService.isSessionActive((await token()) as string, sessionId)).toBe(false);
    // The session itself is live: the refusal is the token's.
    expect((await api("/api/auth/me", { headers: { cookie } })).status).toBe(200);
  });
});

describe("revoking sessions closes their relay sockets at once", () => {
  test("logout asks the relay (with a valid token) to end that session", async () => {
    const { cookie } = await signIn();
    const userId = await userIdOf(cookie);
    expect((await post("/api/auth/logout", cookie)).status).toBe(204);
    await vi.waitFor(
      async () => expect(await relayStub.endedSessionsOf(userId)).toEqual([sessionIdOf(cookie)]),
      {
        timeout: 5000,
      },
    );
  });

  test("sign out everywhere ends every revoked session", async () => {
    const { email, cookie: first } = await signIn();
    const { cookie: second } = await signIn(email);
    const userId = await userIdOf(first);
    const response = await post("/api/auth/sessions/revoke-all", first);
    expect(await response.json()).toEqual({ revokedCount: 2 });
    await vi.waitFor(
      async () =>
        expect((await relayStub.endedSessionsOf(userId)).sort()).toEqual(
          [sessionIdOf(first), sessionIdOf(second)].sort(),
        ),
      { timeout: 5000 },
    );
  });

  test("signing out one other browser ends only that session", async () => {
    const { email, cookie: first } = await signIn();
    const { cookie: second } = await signIn(email);
    const userId = await userIdOf(first);
    expect((await post(`/api/auth/sessions/${sessionIdOf(second)}/revoke`, first)).status).toBe(204);
    await vi.waitFor(
      async () => expect(await relayStub.endedSessionsOf(userId)).toEqual([sessionIdOf(second)]),
      { timeout: 5000 },
    );
  });
});

describe("nothing internal is reachable through the api's public fetch", () => {
  const probes: [string, string][] = [
    ["POST", "/api/isSessionActive"],
    ["GET", "/api/internal/sessions"],
    ["POST", "/api/ApiService/isSessionActive"],
    ["POST", "/api/sessions/active"],
    ["POST", "/api/account/delete-user-data"],
    ["POST", "/api/relay/poke"],
    ["POST", "/isSessionActive"],
  ];

  test.each(probes)("%s %s answers 404, even with a service token", async (method, path) => {
    const response = await api(path, {
      method,
      headers: {
        origin: ORIGIN,
        "content-type": "application/json",
        [SERVICE_TOKEN_HEADER]: await serviceToken("relay", "api"),
      },
      ...(method === "POST" ? { body: JSON.stringify({ sessionId: "s1" }) } : {}),
    });
    expect(response.status).toBe(404);
  });

  test("a service token is not a session: signed-in routes still answer 401", async () => {
    const headers = { [SERVICE_TOKEN_HEADER]: await serviceToken("relay", "api"), origin: ORIGIN };
    expect((await api("/api/auth/me", { headers })).status).toBe(401);
    expect((await api("/api/account/export", { headers })).status).toBe(401);
    const authorization = { ...headers, authorization: `Bearer ${headers[SERVICE_TOKEN_HEADER]}` };
    expect((await api("/api/auth/sessions", { headers: authorization })).status).toBe(401);
  });

  test("the dev routes exist only in the local environment", async () => {
    for (const environment of ["staging", "production"]) {
      const app = createApp({ environment });
      for (const path of ["/api/dev/mailbox?to=a@example.com", "/api/dev/seed"]) {
        const response = await app.request(`${ORIGIN}${path}`, {}, env, createExecutionContext());
        expect(response.status).toBe(404);
      }
    }
  });
});
