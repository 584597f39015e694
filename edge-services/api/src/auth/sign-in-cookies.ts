import { readCookie, serializeCookie, serializeExpiredCookie } from "@mirubato/session-token";
import { createSecretToken, secretTokenPattern } from "../security/secret-token";

/** The magic-link browser binding: a random value in a 15-minute HttpOnly cookie. */
const BINDING_COOKIE = "mirubato_signin";
const BINDING_MAX_AGE_SEC = 15 * 60;

const bindingCookie = (url: string) => ({ baseName: BINDING_COOKIE, url });

export function readBinding(cookieHeader: string | undefined, url: string): string | undefined {
  const value = readCookie(bindingCookie(url), cookieHeader);
  return value !== undefined && secretTokenPattern.test(value) ? value : undefined;
}

/**
 * The binding to use for a new link: the browser's current one when it has one, so asking twice
 * keeps both links usable, otherwise a fresh one.
 */
export function bindingFor(cookieHeader: string | undefined, url: string): string {
  return readBinding(cookieHeader, url) ?? createSecretToken();
}

export const serializeBindingCookie = (binding: string, url: string) =>
  serializeCookie(bindingCookie(url), binding, BINDING_MAX_AGE_SEC);

export const serializeClearedBindingCookie = (url: string) => serializeExpiredCookie(bindingCookie(url));
