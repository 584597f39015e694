import { env, exports } from "cloudflare:workers";
import { describe, expect, test, vi } from "vitest";
import {
  api,
  awayFromMinuteBoundary,
  errorCodeOf,
  mailboxFor,
  postJson,
  requestLink,
  setCookies,
  signIn,
  uniqueEmail,
  uniqueIp,
  verify,
} from "../../test/auth-helpers";

const meOf = async (cookie: string) => (await api("/api/auth/me", { headers: { cookie } })).json();

describe("POST /api/auth/magic-link", () => {
  test("answers 202 and emails a link, with an HttpOnly browser-binding cookie", async () => {
    const email = uniqueEmail();
    const response = await postJson("/api/auth/magic-link", { email });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ status: "sent" });
    const binding = setCookies(response).get("mirubato_signin");
    expect(binding?.header).toMatch(/Max-Age=900; Path=\/; HttpOnly; SameSite=Lax$/);
    const [message] = await mailboxFor(email);
    expect(message?.links[0]).toMatch(
      /^http:\/\/localhost:4000\/api\/auth\/verify\?token=[A-Za-z0-9_-]{43}$/,
    );
  });

  test("answers the same whether or not the account exists", async () => {
    const { email } = await signIn();
    const existing = await postJson("/api/auth/magic-link", { email });
    const unknown = await postJson("/api/auth/magic-link", { email: uniqueEmail("nobody") });
    expect([existing.status, unknown.status]).toEqual([202, 202]);
    expect(await existing.text()).toBe(await unknown.text());
    expect([...setCookies(existing).keys()]).toEqual([...setCookies(unknown).keys()]);
  });

  test("stores only the token's hash", async () => {
    const email = uniqueEmail();
    const { path } = await requestLink(email);
    const token = new URL(path, "http://x").searchParams.get("token") ?? "";
    const rows = await env.DB.prepare("SELECT token_hash FROM magic_links WHERE email = ?").bind(email).all();
    expect(rows.results).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain(token);
  });

  test.each([
    ["a malformed email", { email: "not-an-email" }],
    ["no email", {}],
    ["an off-site redirect", { email: "a@example.com", redirect: "//evil.example" }],
  ])("rejects %s with invalid_request", async (_label, body) => {
    const response = await postJson("/api/auth/magic-link", body);
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
  });

  test("rejects an oversized body with payload_too_large", async () => {
    const response = await postJson("/api/auth/magic-link", {
      email: "a@example.com",
      pad: "x".repeat(10_000),
    });
    expect(response.status).toBe(413);
    expect(await errorCodeOf(response)).toBe("payload_too_large");
  });

  test("allows 10 requests a minute per IP, then 429 with Retry-After", async () => {
    await awayFromMinuteBoundary();
    const ip = uniqueIp();
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      const response = await postJson(
        "/api/auth/magic-link",
        { email: uniqueEmail() },
        { "cf-connecting-ip": ip },
      );
      statuses.push(response.status);
      if (i === 10) {
        expect(await errorCodeOf(response)).toBe("rate_limited");
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([...Array(10).fill(202), 429]);
  });

  test("allows 10 requests a minute per email across IPs", async () => {
    await awayFromMinuteBoundary();
    const email = uniqueEmail();
    for (let i = 0; i < 10; i++) expect((await postJson("/api/auth/magic-link", { email })).status).toBe(202);
    const response = await postJson("/api/auth/magic-link", { email: email.toUpperCase() });
    expect(response.status).toBe(429);
  });
});

describe("GET /api/auth/verify", () => {
  test("signs in: creates the user with the normalised email and sets the session cookie", async () => {
    const { path, bindingCookie } = await requestLink(
      "  New.User@Example.com ".replace("New", `N${Date.now()}`),
    );
    const response = await verify(path, bindingCookie);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/");
    const cookies = setCookies(response);
    expect(cookies.get("mirubato_session")?.header).toMatch(
      /Max-Age=2592000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    expect(cookies.get("mirubato_signin")?.header).toContain("Max-Age=0");
    const me = await meOf(`mirubato_session=${cookies.get("mirubato_session")?.value}`);
    expect(me).toMatchObject({ user: { email: expect.stringMatching(/^n\d+\.user@example\.com$/) } });
  });

  test("a second sign-in with the same address reaches the same user", async () => {
    const first = await signIn();
    const second = await signIn(first.email.toUpperCase());
    expect(await meOf(first.cookie)).toEqual(await meOf(second.cookie));
  });

  test("redirects to the same-origin path asked for", async () => {
    const { path, bindingCookie } = await requestLink(uniqueEmail(), { redirect: "/pieces?tab=all" });
    expect((await verify(path, bindingCookie)).headers.get("location")).toBe("/pieces?tab=all");
  });

  test("a used link fails with link_used", async () => {
    const { path, bindingCookie } = await requestLink(uniqueEmail());
    expect((await verify(path, bindingCookie)).status).toBe(302);
    const again = await verify(path, bindingCookie);
    expect(again.headers.get("location")).toBe("/account?error=link_used");
    expect(setCookies(again).has("mirubato_session")).toBe(false);
  });

  test("an expired link fails with link_expired", async () => {
    const email = uniqueEmail();
    const { path, bindingCookie } = await requestLink(email);
    await env.DB.prepare("UPDATE magic_links SET expires_at = ? WHERE email = ?")
      .bind(Date.now() - 1, email)
      .run();
    expect((await verify(path, bindingCookie)).headers.get("location")).toBe("/account?error=link_expired");
  });

  test("a tampered token fails with link_invalid", async () => {
    const { path, bindingCookie } = await requestLink(uniqueEmail());
    const tampered = path.replace(/token=(.)/, (_match, first) => `token=${first === "A" ? "B" : "A"}`);
    expect((await verify(tampered, bindingCookie)).headers.get("location")).toBe(
      "/account?error=link_invalid",
    );
    expect((await verify("/api/auth/verify?token=short", bindingCookie)).headers.get("location")).toBe(
      "/account?error=link_invalid",
    );
  });

  test("another browser cannot use the link, and that does not burn it", async () => {
    const { path, bindingCookie } = await requestLink(uniqueEmail());
    const elsewhere = await verify(path, undefined);
    expect(elsewhere.headers.get("location")).toBe("/account?error=link_other_browser");
    const otherBinding = await verify(path, `mirubato_signin=${"x".repeat(43)}`);
    expect(otherBinding.headers.get("location")).toBe("/account?error=link_other_browser");
    expect((await verify(path, bindingCookie)).headers.get("location")).toBe("/");
  });

  test("asking twice from one browser keeps both links usable", async () => {
    const email = uniqueEmail();
    const first = await requestLink(email);
    const second = await requestLink(email, {}, first.bindingCookie);
    expect(second.bindingCookie).toBe(first.bindingCookie);
    expect((await verify(first.path, first.bindingCookie)).headers.get("location")).toBe("/");
  });

  test("no email or token reaches the logs", async () => {
    const lines: unknown[] = [];
    const log = vi.spyOn(console, "log").mockImplementation((line) => lines.push(line));
    const email = uniqueEmail("private");
    const { path, bindingCookie } = await requestLink(email);
    await verify(path, bindingCookie);
    log.mockRestore();
    const token = new URL(path, "http://x").searchParams.get("token") ?? "";
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(email);
    expect(lines.join("\n")).not.toContain(token);
  });

  test("over https the cookies are Secure and __Host- prefixed", async () => {
    const https = (path: string, init: RequestInit = {}) =>
      exports.default.fetch(`https://app.example${path}`, { redirect: "manual", ...init });
    const email = uniqueEmail();
    const asked = await https("/api/auth/magic-link", {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": uniqueIp() },
      body: JSON.stringify({ email }),
    });
    const binding = setCookies(asked).get("__Host-mirubato_signin");
    expect(binding?.header).toMatch(/; Secure$/);
    const link = new URL((await mailboxFor(email))[0]?.links[0] ?? "");
    const verified = await https(`${link.pathname}${link.search}`, {
      headers: { cookie: `__Host-mirubato_signin=${binding?.value}`, "cf-connecting-ip": uniqueIp() },
    });
    const session = setCookies(verified).get("__Host-mirubato_session");
    expect(session?.header).toMatch(/HttpOnly; SameSite=Lax; Secure$/);
    const me = await https("/api/auth/me", {
      headers: { cookie: `__Host-mirubato_session=${session?.value}` },
    });
    expect(me.status).toBe(200);
  });

  test("a missing token is an invalid_request envelope", async () => {
    const response = await verify("/api/auth/verify", undefined);
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
  });
});
