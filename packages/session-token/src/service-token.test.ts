import { base64url } from "jose";
import { describe, expect, test } from "vitest";
import { SERVICE_TOKEN_TTL_SECONDS, signServiceToken, verifyServiceToken } from "./service-token";
import { parseServiceKeys, parseSessionKeys } from "./session-keys";
import { signSession } from "./session-token";

const keyOf = (fill: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
const serviceKeys = parseServiceKeys(JSON.stringify({ currentKid: "s1", keys: { s1: keyOf(3) } }));
const otherKeys = parseServiceKeys(JSON.stringify({ currentKid: "s1", keys: { s1: keyOf(4) } }));
const now = new Date("2026-05-01T12:00:00Z");
const relayFromApi = { callee: "relay", callers: ["api"] } as const;

describe("signServiceToken / verifyServiceToken", () => {
  test("a token from the api to the relay names its caller", async () => {
    const token = await signServiceToken("api", "relay", serviceKeys, now);
    expect(await verifyServiceToken(token, relayFromApi, serviceKeys, now)).toEqual({
      ok: true,
      caller: "api",
    });
  });

  test("a token for another callee is refused", async () => {
    const token = await signServiceToken("api", "dictionary", serviceKeys, now);
    expect(await verifyServiceToken(token, relayFromApi, serviceKeys, now)).toEqual({
      ok: false,
      reason: "bad_claims",
    });
  });

  test("a caller the callee does not accept is refused", async () => {
    const token = await signServiceToken("scores", "relay", serviceKeys, now);
    expect(await verifyServiceToken(token, relayFromApi, serviceKeys, now)).toEqual({
      ok: false,
      reason: "bad_claims",
    });
  });

  test("a token signed with another secret is refused", async () => {
    const token = await signServiceToken("api", "relay", otherKeys, now);
    expect(await verifyServiceToken(token, relayFromApi, serviceKeys, now)).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });

  test("a token expires after a minute", async () => {
    const token = await signServiceToken("api", "relay", serviceKeys, now);
    const later = new Date(now.getTime() + (SERVICE_TOKEN_TTL_SECONDS + 10) * 1000);
    expect(await verifyServiceToken(token, relayFromApi, serviceKeys, later)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  test("a session token is not a service token, even signed with the same bytes", async () => {
    const sameBytes = parseSessionKeys(JSON.stringify({ currentKid: "s1", keys: { s1: keyOf(3) } }));
    const session = await signSession({ userId: "u", sessionId: "s" }, sameBytes, now);
    expect((await verifyServiceToken(session, relayFromApi, serviceKeys, now)).ok).toBe(false);
  });

  test("a subject that disagrees with the signed issuer is refused", async () => {
    const token = await signServiceToken("api", "relay", serviceKeys, now);
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload ?? "")));
    const forged = base64url.encode(JSON.stringify({ ...claims, sub: "scores" }));
    expect(
      (await verifyServiceToken(`${header}.${forged}.${signature}`, relayFromApi, serviceKeys, now)).ok,
    ).toBe(false);
  });

  test.each([undefined, null, 42, "", "not.a.jwt"])(
    "garbage (%s) is malformed, never a throw",
    async (token) => {
      expect(await verifyServiceToken(token, relayFromApi, serviceKeys, now)).toMatchObject({ ok: false });
    },
  );
});
