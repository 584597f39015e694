import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { baseUrlOf, signUp, uniqueEmail } from "./kit";

test.describe.configure({ timeout: 90_000 });

interface SocketClose {
  code: number;
  reason: string;
}

/**
 * Opens the relay socket from the page (the browser sends its session cookie and Origin, through
 * the front worker to the relay), waits for the hello, and returns how it eventually closes.
 */
async function openRelaySocket(page: Page): Promise<() => Promise<SocketClose>> {
  await page.evaluate(async () => {
    const url = new URL("/sync/ws?deviceId=security-probe", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(url);
    const probe = window as unknown as { relayClosed?: Promise<{ code: number; reason: string }> };
    probe.relayClosed = new Promise((resolve) =>
      socket.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason })),
    );
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener("message", () => resolve(), { once: true });
      socket.addEventListener("close", () => reject(new Error("the relay refused the socket")), {
        once: true,
      });
    });
  });
  return () =>
    page.evaluate(() => {
      const probe = window as unknown as { relayClosed?: Promise<{ code: number; reason: string }> };
      if (probe.relayClosed === undefined) throw new Error("no relay socket");
      return probe.relayClosed;
    });
}

async function signedInPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  // A light page of the app's origin: the socket only needs the origin and the cookie.
  await page.goto("/api/health");
  return page;
}

const sessionEnded = { code: 4001, reason: "session ended: sign in again" };

test("sign out everywhere closes another browser's relay socket at once, telling it to sign in again", async ({
  browser,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  const email = uniqueEmail("revoke-all");
  const phoneAccount = await signUp(browser, email, { baseURL: base });
  const phone = await browser.newContext({ baseURL: base, storageState: phoneAccount.storageState });
  const laptopAccount = await signUp(browser, email, { baseURL: base });
  const laptop = await browser.newContext({ baseURL: base, storageState: laptopAccount.storageState });

  const closed = await openRelaySocket(await signedInPage(phone));
  const revoked = await laptop.request.post(`${base}/api/auth/sessions/revoke-all`, {
    headers: { origin: base },
  });
  expect(await revoked.json()).toEqual({ revokedCount: 2 });
  // Within the test's timeout, far below the relay's 5-minute re-check: the api told the relay.
  expect(await closed()).toEqual(sessionEnded);
  await Promise.all([phone.close(), laptop.close()]);
});

test("logging out and deleting the account close that session's relay sockets", async ({
  browser,
  baseURL,
}) => {
  const base = baseUrlOf({ baseURL });
  for (const end of ["logout", "delete"] as const) {
    const email = uniqueEmail(`relay-${end}`);
    const account = await signUp(browser, email, { baseURL: base });
    const context = await browser.newContext({ baseURL: base, storageState: account.storageState });
    const closed = await openRelaySocket(await signedInPage(context));
    const response =
      end === "logout"
        ? await context.request.post(`${base}/api/auth/logout`, { headers: { origin: base } })
        : await context.request.delete(`${base}/api/account`, {
            headers: { origin: base },
            data: { confirmEmail: email },
          });
    expect(response.status()).toBe(204);
    expect(await closed()).toEqual(sessionEnded);
    await context.close();
  }
});

test("internal service calls are not reachable through the public origin", async ({ request, baseURL }) => {
  const base = baseUrlOf({ baseURL });
  const paths = [
    "/sync/poke",
    "/sync/endSessions",
    "/api/isSessionActive",
    "/api/internal/sessions",
    "/api/scores/deleteUserData",
    "/api/dictionary/deleteUserData",
  ];
  for (const path of paths) {
    const response = await request.post(`${base}${path}`, {
      headers: { origin: base, "x-mirubato-service-token": "forged" },
      data: { userId: "someone", sessionIds: ["s"] },
    });
    expect(response.status(), path).toBe(404);
  }
});
