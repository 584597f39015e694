/**
 * Cookies for the one Mirubato origin. Every cookie is HttpOnly, SameSite=Lax and Path=/. On https
 * it is also Secure and carries the `__Host-` prefix (the browser then refuses it from any other
 * host or path); only plain-http localhost, where Secure cookies would be dropped, goes without.
 */
const LOCALHOST_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export interface CookieOptions {
  /** The name without prefix, e.g. "mirubato_session". */
  baseName: string;
  /** The URL of the request the cookie answers; decides Secure and the prefix. */
  url: string | URL;
}

/** True for http://localhost (and the loopback addresses), where cookies cannot be Secure. */
export function isPlainHttpLocalhost(url: string | URL): boolean {
  const parsed = new URL(url);
  return parsed.protocol === "http:" && LOCALHOST_NAMES.has(parsed.hostname);
}

/** `__Host-<baseName>` on https, `<baseName>` on plain-http localhost. */
export function cookieName({ baseName, url }: CookieOptions): string {
  return isPlainHttpLocalhost(url) ? baseName : `__Host-${baseName}`;
}

/**
 * A `Set-Cookie` value.
 *
 * @example
 * headers.append("set-cookie", serializeCookie({ baseName: "mirubato_session", url: request.url }, token, 2592000));
 */
export function serializeCookie(options: CookieOptions, value: string, maxAgeSec: number): string {
  const attributes = [
    `${cookieName(options)}=${value}`,
    `Max-Age=${maxAgeSec}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
  ];
  if (!isPlainHttpLocalhost(options.url)) attributes.push("Secure");
  return attributes.join("; ");
}

/** A `Set-Cookie` value that makes the browser drop the cookie. */
export function serializeExpiredCookie(options: CookieOptions): string {
  return serializeCookie(options, "", 0);
}

/** The cookie's value from a `Cookie` request header, or undefined. */
export function readCookie(
  options: CookieOptions,
  cookieHeader: string | null | undefined,
): string | undefined {
  if (!cookieHeader) return undefined;
  const name = cookieName(options);
  for (const pair of cookieHeader.split(";")) {
    const separator = pair.indexOf("=");
    if (separator > 0 && pair.slice(0, separator).trim() === name) {
      const value = pair.slice(separator + 1).trim();
      return value === "" ? undefined : value;
    }
  }
  return undefined;
}
