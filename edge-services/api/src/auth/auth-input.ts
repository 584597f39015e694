import { z } from "zod";

/**
 * Inputs shared by the sign-in routes. Emails are normalised (trimmed, lower-cased) before they
 * are compared, stored or hashed, so one address is one account whatever its spelling.
 */
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());

/**
 * Where to land after signing in: a path on this origin only ("/pieces?x=1"), never "//evil.com",
 * "/\\evil.com" or an absolute URL, so sign-in links cannot become open redirects.
 */
export const redirectPathSchema = z
  .string()
  .max(512)
  .refine(isSafeRedirectPath, { message: "must be a path on this site" });

export function isSafeRedirectPath(path: string): boolean {
  if (!path.startsWith("/") || path.startsWith("//") || path.includes("\\")) return false;
  // Control characters would let a browser read the path differently from us.
  if ([...path].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)) return false;
  const base = "https://origin.invalid";
  return new URL(path, base).origin === base;
}
