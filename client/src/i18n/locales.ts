import { en, type MessageKey } from "./messages/en";

/** Every locale shipped with the app. Adding one: create messages/<locale>.ts typed `Messages` and list it here. */
export const messagesByLocale = { en } as const satisfies Record<string, Messages>;

export type Messages = Readonly<Record<MessageKey, string>>;
export type Locale = keyof typeof messagesByLocale;
export const defaultLocale: Locale = "en";

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(messagesByLocale, value);
}

/**
 * Chooses the first supported locale from the user's preferences (e.g. `navigator.languages`),
 * matching `zh-TW` exactly first, then by language (`es-MX` → `es`).
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    if (isLocale(tag)) return tag;
    const language = tag.split("-")[0] ?? "";
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}
