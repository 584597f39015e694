/**
 * The last language and theme, kept in localStorage only so the first paint of the next visit is
 * already right while the database opens. The settings document stays the source of truth.
 */
import { Theme } from "@mirubato/schema";
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "../../db/device-storage";
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
  const cached = readStoredJson(storage, storageKey, cachedPreferencesSchema);
  if (cached === undefined || !isLocale(cached.language)) return undefined;
  return { language: cached.language, theme: cached.theme };
}

/** The settings document already holds the value: a failed write only costs the first-paint hint. */
export function writeCachedPreferences(
  storage: Pick<Storage, "setItem">,
  preferences: CachedPreferences,
): void {
  writeStoredJson(storage, storageKey, preferences);
}
