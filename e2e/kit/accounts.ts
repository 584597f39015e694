import { randomInt, randomUUID } from "node:crypto";
import { type APIRequestContext, type Browser, expect, type Page } from "@playwright/test";
import { z } from "zod";

/** Cookies and origins of a signed-in browser, as `browser.newContext({ storageState })` takes them. */
export type StorageState = Awaited<ReturnType<APIRequestContext["storageState"]>>;

/** An account signed in through the real magic-link flow. */
export interface Account {
  readonly email: string;
  readonly userId: string;
  readonly baseURL: string;
  /** Signed in: give it to `openDevices` or to `browser.newContext({ storageState })`. */
  readonly storageState: StorageState;
}

const mailboxSchema = z.object({
  messages: z.array(z.object({ to: z.string(), links: z.array(z.string()) })),
});
const meSchema = z.object({ user: z.object({ id: z.string(), email: z.string() }) });

/** A fresh address per call, so every spec (and every retry) owns its account and data. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@e2e.mirubato.test`;
}

let nextClient = randomInt(0, 60_000);

/**
 * Headers that make a simulated device its own client. The api allows 10 sign-in requests a
 * minute per client IP and the whole suite shares 127.0.0.1, so each sign-up and each device comes
 * from its own benchmarking-range address (locally the api reads `cf-connecting-ip` from the
 * request; deployed, Cloudflare sets it and a browser cannot).
 */
export function ownClientHeaders(): Record<string, string> {
  nextClient = (nextClient + 1) % 65_536;
  return { "cf-connecting-ip": `198.18.${nextClient >> 8}.${nextClient & 255}` };
}

/** The base URL from the Playwright config, for code that runs outside a fixture's context. */
export function baseUrlOf(options: { baseURL?: string | undefined }): string {
  if (options.baseURL === undefined) throw new Error("the Playwright config must set use.baseURL");
  return options.baseURL.replace(/\/$/, "");
}

/**
 * The newest sign-in link the local dev mailbox holds for `email`, on the test's own origin
 * (emails name the first `APP_ORIGIN`, which may be another port than the e2e stack's).
 */
export async function readMagicLink(request: APIRequestContext, baseURL: string, email: string) {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`${baseURL}/api/dev/mailbox?to=${encodeURIComponent(email)}`);
        if (!response.ok()) return undefined;
        link = mailboxSchema
          .parse(await response.json())
          .messages.flatMap((message) => message.links)
          .find((candidate) => candidate.includes("/api/auth/verify?token="));
        return link;
      },
      { message: `a sign-in email to ${email} in /api/dev/mailbox`, timeout: 10_000 },
    )
    .toBeTruthy();
  const url = new URL(link ?? "");
  return `${baseURL}${url.pathname}${url.search}`;
}

/**
 * Signs `email` up (or in) through the real flow: POST the magic-link request with the cookie jar
 * that receives the sign-in binding cookie, read the link from `/api/dev/mailbox?to=`, follow it.
 * With a `Browser`, the flow runs in a throw-away context; with an `APIRequestContext` (the
 * `request` fixture), in that context's cookie jar.
 */
export async function signUp(
  source: Browser | APIRequestContext,
  email: string,
  options: { baseURL: string },
): Promise<Account> {
  const { baseURL } = options;
  if ("newContext" in source) {
    const context = await source.newContext({ baseURL });
    try {
      return await signUpWith(context.request, email, baseURL);
    } finally {
      await context.close();
    }
  }
  return signUpWith(source, email, baseURL);
}

async function signUpWith(request: APIRequestContext, email: string, baseURL: string): Promise<Account> {
  const client = ownClientHeaders();
  const sent = await request.post(`${baseURL}/api/auth/magic-link`, {
    headers: { origin: baseURL, ...client },
    data: { email },
  });
  expect(sent.status(), await sent.text()).toBe(202);
  const verified = await request.get(await readMagicLink(request, baseURL, email), { headers: client });
  expect(verified.ok(), `following the sign-in link gave ${verified.status()}`).toBe(true);
  const me = await request.get(`${baseURL}/api/auth/me`);
  expect(me.status()).toBe(200);
  const { user } = meSchema.parse(await me.json());
  return { email, userId: user.id, baseURL, storageState: await request.storageState() };
}

/**
 * Signs in on a page the way a musician does: the Account page's email form, then the link from
 * the dev mailbox opened in the same browser (the link only works where it was asked for).
 */
export async function signInThroughUi(page: Page, email: string, baseURL: string): Promise<Account> {
  await page.context().setExtraHTTPHeaders(ownClientHeaders());
  await page.goto("/account");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(await readMagicLink(page.context().request, baseURL, email));
  await page.goto("/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const me = await page.context().request.get(`${baseURL}/api/auth/me`);
  const { user } = meSchema.parse(await me.json());
  return { email, userId: user.id, baseURL, storageState: await page.context().storageState() };
}
