import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, test } from "vitest";
import {
  api,
  errorCodeOf,
  ORIGIN,
  setCookies,
  signIn,
  uniqueEmail,
  uniqueIp,
} from "../../../test/auth-helpers";
import { createApp } from "../../index";
import { hashSecret } from "../../security/secret-token";

/** Plays the browser at the OpenID Provider: logs in as `login`, consents, returns the callback URL. */
async function loginAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...init.headers, cookie } });
    for (const [name, { value }] of setCookies(response)) jar.set(name, value);
    await response.body?.cancel();
    return new URL(response.headers.get("location") ?? "", url);
  };
  let next = new URL(authorizationUrl);
  for (let prompts = 0; next.origin !== ORIGIN; ) {
    next = await send(next);
    if (next.pathname.startsWith("/interaction/")) {
      const prompt = prompts++ === 0 ? "login" : "consent";
      const body = new URLSearchParams({ prompt, login, password: "any" });
      next = await send(next, {
        method: "POST",
        body,
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    }
  }
  return next;
}

async function startGoogle(query = "") {
  const response = await api(`/api/auth/google/start${query}`, {
    headers: { "cf-connecting-ip": uniqueIp() },
  });
  expect(response.status).toBe(302);
  const state = setCookies(response).get("mirubato_oidc");
  return { location: response.headers.get("location") ?? "", stateCookie: `mirubato_oidc=${state?.value}` };
}

const callback = (url: URL, cookie?: string) =>
  api(`${url.pathname}${url.search}`, {
    headers: { "cf-connecting-ip": uniqueIp(), ...(cookie ? { cookie } : {}) },
  });

async function signInWithGoogle(email: string, query = "") {
  const { location, stateCookie } = await startGoogle(query);
  return callback(await loginAtProvider(location, email), stateCookie);
}

const userOf = async (response: Response) => {
  const session = setCookies(response).get("mirubato_session");
  const me = await api("/api/auth/me", { headers: { cookie: `mirubato_session=${session?.value}` } });
  return me.json();
};

describe("Google sign-in against a real OpenID Provider", () => {
  test("start redirects to the provider with PKCE S256, state and nonce", async () => {
    const { location, stateCookie } = await startGoogle();
    const url = new URL(location);
    expect(url.origin).toBe(env.OIDC_ISSUER);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("nonce")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stateCookie).toBe(`mirubato_oidc=${url.searchParams.get("state")}`);
  });

  test("the callback signs in and lands on the path asked for", async () => {
    const email = uniqueEmail("google");
    const response = await signInWithGoogle(email, "?redirect=/pieces");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/pieces");
    expect(await userOf(response)).toMatchObject({ user: { email } });
  });

  test("a verified email that already has a magic-link account reaches that account", async () => {
    const { email, cookie } = await signIn();
    const magicUser = await (await api("/api/auth/me", { headers: { cookie } })).json();
    expect(await userOf(await signInWithGoogle(email))).toEqual(magicUser);
  });

  test("an unverified email is refused", async () => {
    const response = await signInWithGoogle(uniqueEmail("unverified"));
    expect(response.headers.get("location")).toBe("/account?error=google_email_unverified");
    expect(setCookies(response).has("mirubato_session")).toBe(false);
  });

  test("the callback needs the state cookie of the browser that started", async () => {
    const { location } = await startGoogle();
    const response = await callback(await loginAtProvider(location, uniqueEmail()), "mirubato_oidc=other");
    expect(response.headers.get("location")).toBe("/account?error=google_state");
  });

  test("a state works once", async () => {
    const { location, stateCookie } = await startGoogle();
    const callbackUrl = await loginAtProvider(location, uniqueEmail());
    expect((await callback(callbackUrl, stateCookie)).headers.get("location")).toBe("/");
    expect((await callback(callbackUrl, stateCookie)).headers.get("location")).toBe(
      "/account?error=google_state",
    );
  });

  test("an ID token whose nonce does not match the stored one is refused", async () => {
    const { location, stateCookie } = await startGoogle();
    const callbackUrl = await loginAtProvider(location, uniqueEmail());
    const stateHash = await hashSecret(new URL(location).searchParams.get("state") ?? "");
    await env.DB.prepare("UPDATE oidc_states SET nonce = 'other' WHERE state_hash = ?").bind(stateHash).run();
    expect((await callback(callbackUrl, stateCookie)).headers.get("location")).toBe(
      "/account?error=google_token",
    );
  });

  test("a code the provider does not know fails at the token exchange", async () => {
    const { location, stateCookie } = await startGoogle();
    const state = new URL(location).searchParams.get("state") ?? "";
    const response = await callback(
      new URL(`/api/auth/google/callback?code=bogus&state=${state}`, ORIGIN),
      stateCookie,
    );
    expect(response.headers.get("location")).toBe("/account?error=google_token");
  });

  test("a cancelled sign-in goes back to the account page and uses up its state", async () => {
    const { location, stateCookie } = await startGoogle();
    const state = new URL(location).searchParams.get("state") ?? "";
    const cancelled = new URL(`/api/auth/google/callback?error=access_denied&state=${state}`, ORIGIN);
    const response = await callback(cancelled, stateCookie);
    expect(response.headers.get("location")).toBe("/account?error=google_cancelled");
    expect(setCookies(response).get("mirubato_oidc")?.header).toContain("Max-Age=0");
    const stored = await env.DB.prepare("SELECT 1 FROM oidc_states WHERE state_hash = ?")
      .bind(await hashSecret(state))
      .first();
    expect(stored).toBeNull();
  });

  test.each([
    ["an error without state", "error=access_denied"],
    ["an error with another state", "error=access_denied&state=forged"],
    ["a code with another state", "code=forged&state=forged"],
  ])("%s from a third party leaves the browser's pending sign-in alone", async (_label, query) => {
    const { location, stateCookie } = await startGoogle();
    const forged = await callback(new URL(`/api/auth/google/callback?${query}`, ORIGIN), stateCookie);
    expect(forged.headers.get("location")).toBe("/account?error=google_state");
    // Neither the state cookie nor the stored state was touched: the real sign-in still completes.
    expect(setCookies(forged).has("mirubato_oidc")).toBe(false);
    const finished = await callback(await loginAtProvider(location, uniqueEmail()), stateCookie);
    expect(finished.headers.get("location")).toBe("/");
    expect(setCookies(finished).has("mirubato_session")).toBe(true);
  });

  test("a callback without code or error is invalid_request", async () => {
    const response = await callback(new URL("/api/auth/google/callback", ORIGIN));
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
  });

  test("without a client id Google sign-in answers 503", async () => {
    const app = createApp({ environment: "local" });
    const response = await app.request(
      `${ORIGIN}/api/auth/google/start`,
      {},
      { ...env, GOOGLE_CLIENT_ID: "" },
      createExecutionContext(),
    );
    expect(response.status).toBe(503);
    expect(await errorCodeOf(response)).toBe("service_unavailable");
  });
});
