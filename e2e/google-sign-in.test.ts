import { expect, type Page, test } from "@playwright/test";
import { z } from "zod";
import { baseUrlOf, ownClientHeaders, signUp, uniqueEmail } from "./kit";
import { E2E_OIDC_PASSWORD } from "./oidc/test-account.mjs";

// "Continue with Google" end to end in a real browser, against the real OpenID Provider that the
// e2e stack starts on 127.0.0.1 (e2e/oidc) in place of Google: code flow, PKCE S256, state, nonce,
// ID token verified with the provider's JWKS by the api worker.

const meSchema = z.object({ user: z.object({ id: z.string(), email: z.string() }) });
const CALLBACK_PATH = "/api/auth/google/callback";

test.beforeEach(async ({ context }) => context.setExtraHTTPHeaders(ownClientHeaders()));

/** `GET /api/auth/me` from the page itself (its cookies, its origin). */
async function meFromPage(page: Page) {
  return page.evaluate(async () => {
    const response = await fetch("/api/auth/me", { credentials: "same-origin" });
    return { status: response.status, body: (await response.json()) as unknown };
  });
}

/** From the account page to the provider's login page, on the provider's own origin. */
async function continueWithGoogle(page: Page, baseURL: string) {
  await page.goto("/account");
  await page.getByRole("link", { name: "Continue with Google" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to the local OpenID Provider" })).toBeVisible();
  const provider = new URL(page.url());
  expect(provider.origin).not.toBe(new URL(baseURL).origin);
  expect(provider.hostname).toBe("127.0.0.1");
  expect(provider.pathname).toMatch(/^\/interaction\//);
}

async function logInAtProvider(page: Page, email: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(E2E_OIDC_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: /^Allow .+ to use your account\?$/ })).toBeVisible();
}

test("Google sign-in through the local OpenID Provider, then the same email by magic link is the same account", async ({
  page,
  browser,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  const email = uniqueEmail("google");
  await continueWithGoogle(page, base);
  await logInAtProvider(page, email);
  await page.getByRole("button", { name: "Allow" }).click();

  await page.waitForURL(`${base}/`, { waitUntil: "commit" });
  const me = await meFromPage(page);
  expect(me.status).toBe(200);
  const googleUser = meSchema.parse(me.body).user;
  expect(googleUser.email).toBe(email);
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // Another browser, the same address by email link (the real flow through the dev mailbox, see
  // kit/accounts.ts): the account Google created, not a new one.
  const other = await browser.newContext({ baseURL: base, extraHTTPHeaders: ownClientHeaders() });
  try {
    const magicLinkAccount = await signUp(other.request, email, { baseURL: base });
    expect(magicLinkAccount.userId).toBe(googleUser.id);
  } finally {
    await other.close();
  }
});

test("denying consent at the provider returns to the account page, signed out", async ({ page, baseURL }) => {
  const base = baseUrlOf({ baseURL });
  await continueWithGoogle(page, base);
  await logInAtProvider(page, uniqueEmail("google-denied"));
  await page.getByRole("button", { name: "Deny" }).click();

  await page.waitForURL(`${base}/account?error=google_cancelled`, { waitUntil: "commit" });
  await expect(page.getByRole("link", { name: "Continue with Google" })).toBeVisible();
  expect((await meFromPage(page)).status).toBe(401);
});

test("an address the provider has not verified is refused", async ({ page, baseURL }) => {
  const base = baseUrlOf({ baseURL });
  await continueWithGoogle(page, base);
  // The local provider answers email_verified=false for addresses starting with "unverified".
  await logInAtProvider(page, uniqueEmail("unverified"));
  await page.getByRole("button", { name: "Allow" }).click();

  await page.waitForURL(`${base}/account?error=google_email_unverified`, { waitUntil: "commit" });
  expect((await meFromPage(page)).status).toBe(401);
});

test("the account page explains a cancelled Google sign-in", async ({ page }) => {
  await page.goto("/account?error=google_cancelled");
  await expect(page.getByRole("alert")).toHaveText("Google sign-in was cancelled.");
});

test("a callback whose state was tampered with is refused", async ({ page, baseURL }) => {
  const base = baseUrlOf({ baseURL });
  await continueWithGoogle(page, base);
  await logInAtProvider(page, uniqueEmail("google-tampered"));

  // Play the browser for the consent post and the provider's redirects (page.route sees only the
  // first request of a redirect chain), then send the browser to the callback with one character
  // of `state` changed: the real code, the real state cookie, a state that is not theirs.
  let tampered: URL | undefined;
  await page.route(
    (url) => url.pathname.endsWith("/confirm"),
    async (route) => {
      let next = new URL(route.request().url());
      let response = await route.fetch({ maxRedirects: 0 });
      for (let hops = 0; hops < 5 && response.status() === 303; hops++) {
        next = new URL(response.headers().location ?? "", next);
        if (next.pathname === CALLBACK_PATH) break;
        response = await page.request.get(next.toString(), { maxRedirects: 0 });
      }
      if (next.pathname !== CALLBACK_PATH || !next.searchParams.has("code")) return route.abort();
      const state = next.searchParams.get("state") ?? "";
      next.searchParams.set("state", `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`);
      tampered = next;
      return route.fulfill({ status: 303, headers: { location: next.toString() } });
    },
  );
  await page.getByRole("button", { name: "Allow" }).click();

  await page.waitForURL(`${base}/account?error=google_state`, { waitUntil: "commit" });
  expect(tampered?.origin, "the provider's redirect, caught and tampered with").toBe(base);
  expect((await meFromPage(page)).status).toBe(401);
});
