import { exports } from "cloudflare:workers";
import { errorEnvelopeSchema } from "@mirubato/sync-protocol";
import { expect } from "vitest";
import { z } from "zod";

/** The local app origin (APP_ORIGIN): plain-http localhost, so cookies carry no __Host- prefix. */
export const ORIGIN = "http://localhost:4000";

let counter = 0;
/** A fresh address (and IP below) per call: tests share one database and one set of rate limits. */
export const uniqueEmail = (label = "user") => `${label}-${Date.now()}-${++counter}@example.com`;
export const uniqueIp = () => `10.${++counter % 250}.${Math.floor(Math.random() * 250)}.${counter % 200}`;

export function api(path: string, init: RequestInit = {}): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}${path}`, { redirect: "manual", ...init });
}

/** `name=value` pairs from a response's Set-Cookie headers, keyed by name. */
export function setCookies(response: Response): Map<string, { value: string; header: string }> {
  const cookies = new Map<string, { value: string; header: string }>();
  for (const header of response.headers.getSetCookie()) {
    const [pair = ""] = header.split(";");
    const separator = pair.indexOf("=");
    cookies.set(pair.slice(0, separator), { value: pair.slice(separator + 1), header });
  }
  return cookies;
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return api(path, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: ORIGIN,
      "cf-connecting-ip": uniqueIp(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

const mailboxSchema = z.object({
  messages: z.array(z.object({ subject: z.string(), sentAt: z.string(), links: z.array(z.string()) })),
});

export async function mailboxFor(email: string) {
  const response = await api(`/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  expect(response.status).toBe(200);
  return mailboxSchema.parse(await response.json()).messages;
}

/** Asks for a link and returns the link's path and the browser's binding cookie (`name=value`). */
export async function requestLink(email: string, body: Record<string, unknown> = {}, cookie?: string) {
  const response = await postJson("/api/auth/magic-link", { email, ...body }, cookie ? { cookie } : {});
  expect(response.status).toBe(202);
  const binding = setCookies(response).get("mirubato_signin");
  const [link] = (await mailboxFor(email.trim().toLowerCase()))[0]?.links ?? [];
  if (!binding || !link) throw new Error("no binding cookie or no link");
  const url = new URL(link);
  return { path: `${url.pathname}${url.search}`, bindingCookie: `mirubato_signin=${binding.value}` };
}

export function verify(path: string, cookie: string | undefined) {
  return api(path, { headers: { "cf-connecting-ip": uniqueIp(), ...(cookie ? { cookie } : {}) } });
}

/** Signs in through the real magic-link flow; returns the session cookie as `name=value`. */
export async function signIn(email: string = uniqueEmail(), userAgent = "Mozilla/5.0 Firefox/128.0") {
  const { path, bindingCookie } = await requestLink(email);
  const response = await api(path, {
    headers: { cookie: bindingCookie, "user-agent": userAgent, "cf-connecting-ip": uniqueIp() },
  });
  const session = setCookies(response).get("mirubato_session");
  if (response.status !== 302 || !session) throw new Error(`sign-in failed: ${response.status}`);
  return { email, cookie: `mirubato_session=${session.value}` };
}

/** The session id (the JWT's `jti`) of a `mirubato_session=…` cookie. */
export function sessionIdOf(cookie: string): string {
  const payload = cookie.split("=")[1]?.split(".")[1] ?? "";
  return String(JSON.parse(atob(payload.replaceAll("-", "+").replaceAll("_", "/"))).jti);
}

export async function errorCodeOf(response: Response): Promise<string> {
  return errorEnvelopeSchema.parse(await response.json()).error.code;
}

/** Rate-limit windows are real wall-clock minutes: start a burst well inside one. */
export async function awayFromMinuteBoundary(): Promise<void> {
  const msIntoMinute = Date.now() % 60_000;
  if (msIntoMinute > 57_000) await new Promise((resolve) => setTimeout(resolve, 60_500 - msIntoMinute));
}
