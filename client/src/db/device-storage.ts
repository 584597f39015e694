import type { z } from "zod";

/**
 * Values kept on this device only (localStorage), never synced: view choices, the last metronome
 * setup, hints for a fast first paint. Storage can be missing, blocked or full, and a stored value
 * can be corrupt or from an older build, so a read parses through a schema and falls back to
 * "nothing stored", and a write never throws: each such value is a convenience the app works without.
 *
 * @example
 * const layout = readStoredJson(window.localStorage, "mirubato.scores.layout", layoutSchema) ?? "grid";
 */
export function readStoredJson<T>(
  storage: Pick<Storage, "getItem"> | undefined,
  key: string,
  schema: z.ZodType<T>,
): T | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(key);
  } catch {
    // Blocked by the browser (privacy settings): as if nothing were stored.
    return undefined;
  }
  if (raw === null || raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // A corrupt value is replaced by the next write.
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** Stores `value` as JSON under `key`; a full or blocked storage only loses the convenience. */
export function writeStoredJson(
  storage: Pick<Storage, "setItem"> | undefined,
  key: string,
  value: unknown,
): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the value stays in memory for this visit, which is all it is for.
  }
}
