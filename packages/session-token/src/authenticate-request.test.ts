import { describe, expect, test } from "vitest";
import { authenticateRequest, type SessionAuthority } from "./authenticate-request";
import { verifyServiceToken } from "./service-token";
import { parseServiceKeys, parseSessionKeys } from "./session-keys";
import { signSession } from "./session-token";

const keyOf = (fill: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
const sessionKeys = JSON.stringify({ currentKid: "k1", keys: { k1: keyOf(1) } });
const serviceKeys = JSON.stringify({ currentKid: "s1", keys: { s1: keyOf(2) } });
const now = new Date("2026-05-01T12:00:00Z");

/** An api that records the service tokens it is handed and knows which sessions are revoked. */
function apiWith(revoked: string[]) {
  const calls: { caller: string | undefined; sessionId: string }[] = [];
  const api: SessionAuthority = {
    async isSessionActive(serviceToken, sessionId) {
      const check = await verifyServiceToken(
        serviceToken,
        { callee: "api", callers: ["scores"] },
        parseServiceKeys(serviceKeys),
        now,
      );
      calls.push({ caller: check.ok ? check.caller : undefined, sessionId });
      return check.ok && !revoked.includes(sessionId);
    },
  };
  return { api, calls };
}

async function requestWithSession(sessionId: string) {
  const token = await signSession({ userId: "user-1", sessionId }, parseSessionKeys(sessionKeys), now);
  return new Request("http://localhost/api/scores/files", {
    headers: { cookie: `mirubato_session=${token}` },
  });
}

describe("authenticateRequest", () => {
  test("a live session names its user, and the api was asked with a service token", async () => {
    const { api, calls } = apiWith([]);
    const auth = await authenticateRequest(await requestWithSession("s-1"), {
      caller: "scores",
      sessionKeys,
      serviceKeys,
      api,
      now,
    });
    expect(auth).toEqual({ ok: true, userId: "user-1", sessionId: "s-1" });
    expect(calls).toEqual([{ caller: "scores", sessionId: "s-1" }]);
  });

  test("a revoked session is refused although its token is still valid", async () => {
    const { api } = apiWith(["s-2"]);
    const auth = await authenticateRequest(await requestWithSession("s-2"), {
      caller: "scores",
      sessionKeys,
      serviceKeys,
      api,
      now,
    });
    expect(auth).toMatchObject({ ok: false, reason: "session_ended" });
  });

  test("no cookie, or a forged one, never reaches the api", async () => {
    const { api, calls } = apiWith([]);
    const options = { caller: "scores", sessionKeys, serviceKeys, api, now } as const;
    expect(await authenticateRequest(new Request("http://localhost/"), options)).toMatchObject({
      reason: "signed_out",
    });
    const forged = new Request("http://localhost/", { headers: { cookie: "mirubato_session=a.b.c" } });
    expect(await authenticateRequest(forged, options)).toMatchObject({ reason: "invalid_session" });
    expect(calls).toEqual([]);
  });
});
