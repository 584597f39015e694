import { z } from "zod";

/**
 * The signing keys for session tokens, read from the `SESSION_KEYS` secret:
 * `{"currentKid":"k1","keys":{"k1":"<base64 of 32 random bytes>"}}`.
 *
 * New tokens are signed with `currentKid`; every key still listed verifies the tokens it signed.
 * Rotation is therefore: add a new key, make it current, and drop the old one only after its
 * tokens have expired (30 days), so nobody is signed out by a rotation.
 */
const MIN_KEY_BYTES = 32;

const kidSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,32}$/, "a kid is 1-32 letters, digits, '.', '_' or '-'");

const keyBytesSchema = z.string().transform((value, context) => {
  const bytes = decodeBase64(value);
  if (bytes === undefined || bytes.length < MIN_KEY_BYTES) {
    context.addIssue({ code: "custom", message: `a key must be base64 of at least ${MIN_KEY_BYTES} bytes` });
    return z.NEVER;
  }
  return bytes;
});

export const sessionKeysSchema = z
  .object({ currentKid: kidSchema, keys: z.record(kidSchema, keyBytesSchema) })
  .refine((keySet) => keySet.keys[keySet.currentKid] !== undefined, {
    message: "currentKid must name one of the keys",
    path: ["currentKid"],
  });

/** A parsed key set: the kid new tokens use, and every key (raw bytes) by kid. */
export type SessionKeys = z.output<typeof sessionKeysSchema>;

const jsonSchema = z.string().transform((value, context) => {
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed;
  } catch {
    // The parse error text could quote the secret; report only that it is not JSON.
    context.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

/**
 * Parses a key-set secret (`SESSION_KEYS`, `SERVICE_KEYS`). A missing or malformed key set is a
 * deployment mistake, so this throws (naming the secret, never echoing key material).
 */
export function parseKeySet(raw: string | undefined, secretName: string): SessionKeys {
  const result = jsonSchema.pipe(sessionKeysSchema).safeParse(raw ?? "");
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${secretName} is not a valid key set (${problems.join("; ")})`);
  }
  return result.data;
}

/**
 * Parses the `SESSION_KEYS` secret.
 *
 * @example
 * const keys = parseSessionKeys(env.SESSION_KEYS);
 */
export function parseSessionKeys(raw: string | undefined): SessionKeys {
  return parseKeySet(raw, "SESSION_KEYS");
}

function decodeBase64(value: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(value), (char) => char.charCodeAt(0));
  } catch {
    // atob throws on anything that is not base64; the caller reports that as an invalid key.
    return undefined;
  }
}

/**
 * Parses the `SERVICE_KEYS` secret (the key set service tokens are signed with).
 *
 * @example
 * const keys = parseServiceKeys(env.SERVICE_KEYS);
 */
export function parseServiceKeys(raw: string | undefined): SessionKeys {
  return parseKeySet(raw, "SERVICE_KEYS");
}
