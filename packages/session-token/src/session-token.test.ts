import { base64url, SignJWT } from "jose";
import { describe, expect, test } from "vitest";
import { parseSessionKeys, type SessionKeys } from "./session-keys";
import { SESSION_AUDIENCE, SESSION_ISSUER, signSession, verifySession } from "./session-token";

const keyOf = (fill: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
const k1Only = parseSessionKeys(JSON.stringify({ currentKid: "k1", keys: { k1: keyOf(1) } }));
const rotated = parseSessionKeys(JSON.stringify({ currentKid: "k2", keys: { k1: keyOf(1), k2: keyOf(2) } }));
const subject = { userId: "user-1", sessionId: "session-1" };
const now = new Date("2026-05-01T12:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

function headerOf(token: string): unknown {
  return JSON.parse(new TextDecoder().decode(base64url.decode(token.split(".")[0] ?? "")));
}

async function signWith(keys: SessionKeys, build: (jwt: SignJWT) => SignJWT, alg = "HS256") {
  const key = keys.keys[keys.currentKid] ?? new Uint8Array();
  const jwt = new SignJWT({}).setProtectedHeader({ alg, kid: keys.currentKid }).setSubject("u").setJti("s");
  return build(jwt.setIssuedAt(now).setExpirationTime(new Date(now.getTime() + DAY_MS))).sign(key);
}

describe("signSession / verifySession", () => {
  test("round-trips the user and session ids with the current kid", async () => {
    const token = await signSession(subject, k1Only, now);
    expect(headerOf(token)).toEqual({ alg: "HS256", kid: "k1", typ: "JWT" });
    const result = await verifySession(token, k1Only, now);
    expect(result).toMatchObject({ ok: true, session: { ...subject, kid: "k1" } });
    if (result.ok) expect(result.session.expiresAtSec - result.session.issuedAtSec).toBe(30 * 24 * 60 * 60);
  });

  test("rejects a token whose payload was tampered with", async () => {
    const [header, , signature] = (await signSession(subject, k1Only, now)).split(".");
    const forged = base64url.encode(JSON.stringify({ sub: "admin", jti: "s", iat: 1, exp: 9e9 }));
    const result = await verifySession(`${header}.${forged}.${signature}`, k1Only, now);
    expect(result).toEqual({ ok: false, reason: "bad_signature" });
  });

  test("rejects an unsigned alg:none token", async () => {
    const header = base64url.encode(JSON.stringify({ alg: "none", kid: "k1" }));
    const payload = base64url.encode(
      JSON.stringify({ sub: "u", jti: "s", iss: SESSION_ISSUER, aud: SESSION_AUDIENCE, iat: 1, exp: 9e9 }),
    );
    const result = await verifySession(`${header}.${payload}.`, k1Only, now);
    expect(result.ok).toBe(false);
  });

  test("rejects another HMAC algorithm even with the right key", async () => {
    const token = await signWith(
      k1Only,
      (jwt) => jwt.setIssuer(SESSION_ISSUER).setAudience(SESSION_AUDIENCE),
      "HS512",
    );
    expect(await verifySession(token, k1Only, now)).toEqual({ ok: false, reason: "algorithm_not_allowed" });
  });

  test("rejects a token signed with a kid the key set does not have", async () => {
    const token = await signSession(subject, rotated, now);
    expect(await verifySession(token, k1Only, now)).toEqual({ ok: false, reason: "unknown_key" });
  });

  test("rejects an expired token", async () => {
    const token = await signSession(subject, k1Only, now);
    const later = new Date(now.getTime() + 31 * DAY_MS);
    expect(await verifySession(token, k1Only, later)).toEqual({ ok: false, reason: "expired" });
  });

  test("rejects a token for another audience or issuer", async () => {
    const otherAudience = await signWith(k1Only, (jwt) => jwt.setIssuer(SESSION_ISSUER).setAudience("other"));
    const otherIssuer = await signWith(k1Only, (jwt) => jwt.setIssuer("evil").setAudience(SESSION_AUDIENCE));
    expect(await verifySession(otherAudience, k1Only, now)).toEqual({ ok: false, reason: "bad_claims" });
    expect(await verifySession(otherIssuer, k1Only, now)).toEqual({ ok: false, reason: "bad_claims" });
  });

  test("rejects garbage and oversized input as malformed", async () => {
    expect(await verifySession("not-a-jwt", k1Only, now)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySession("a".repeat(5000), k1Only, now)).toEqual({ ok: false, reason: "malformed" });
    expect(await verifySession("", k1Only, now)).toEqual({ ok: false, reason: "malformed" });
  });

  test("after rotation, old tokens still verify and new ones use the new kid", async () => {
    const oldToken = await signSession(subject, k1Only, now);
    const newToken = await signSession(subject, rotated, now);
    expect(headerOf(newToken)).toMatchObject({ kid: "k2" });
    expect(await verifySession(oldToken, rotated, now)).toMatchObject({ ok: true, session: { kid: "k1" } });
    expect(await verifySession(newToken, rotated, now)).toMatchObject({ ok: true, session: { kid: "k2" } });
  });
});
