/**
 * The last language and theme, kept in localStorage only so the first paint of the next visit is
 * already right while the database opens. The settings document stays the source of truth.
 */
import { Theme } from "@mirubato/schema";
import { z } from "zod";
import { isLocale, type Locale } from "../../i18n/locales";

const storageKey = "mirubato.preferences";

const cachedPreferencesSchema = z.object({
  language: z.string().refine(isLocale),
  theme: z.enum(Theme),
});

export interface CachedPreferences {
  readonly language: Locale;
  readonly theme: Theme;
}

/** The cached preferences, or `undefined` when none (or unreadable, e.g. storage blocked). */
export function readCachedPreferences(storage: Pick<Storage, "getItem">): CachedPreferences | undefined {
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    // Storage can be blocked by the browser; the defaults are a fine first paint then.
    return undefined;
  }
  if (raw === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // A corrupt cache is replaced on the next write; it is only a hint.
    return undefined;
  }
  const parsed = cachedPreferencesSchema.safeParse(json);
  if (!parsed.success || !isLocale(parsed.data.language)) return undefined;
  return { language: parsed.data.language, theme: parsed.data.theme };
}

export function writeCachedPreferences(
  storage: Pick<Storage, "setItem">,
  preferences: CachedPreferences,
): void {
  try {
    storage.setItem(storageKey, JSON.stringify(preferences));
  } catch {
    // Quota or privacy mode: the cache is optional, the settings document already holds the value.
  }
}
