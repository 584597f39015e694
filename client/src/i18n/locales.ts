import { en, type MessageKey } from "./messages/en";

export type Messages = Readonly<Record<MessageKey, string>>;

/**
 * Every locale shipped with the app, by its BCP 47 tag (the value stored in `settings.language`).
 * English is the source and is bundled; the others are lazy chunks, so each adds nothing to the
 * shell's first load (they are precached, so switching works offline). Adding one: create
 * messages/<tag>.ts typed `Messages` and list it here and in `localeNames`.
 */
const loaders = {
  es: () => import("./messages/es").then((module) => module.es),
  fr: () => import("./messages/fr").then((module) => module.fr),
  de: () => import("./messages/de").then((module) => module.de),
  "zh-CN": () => import("./messages/zh-CN").then((module) => module.zhCN),
  "zh-TW": () => import("./messages/zh-TW").then((module) => module.zhTW),
} as const satisfies Record<string, () => Promise<Messages>>;

export type Locale = "en" | keyof typeof loaders;
export const defaultLocale: Locale = "en";

/** Each language named in itself, so a reader of any language can find their own. */
export const localeNames: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "Español",
  fr: "Français",
  de: "Deutsch",
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
};

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(localeNames, value);
}

export const locales: readonly Locale[] = Object.keys(localeNames).filter(isLocale);

/** The messages of a locale: English at once, the others from their chunk. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return locale === "en" ? Promise.resolve(en) : loaders[locale]();
}

/** Traditional script regions and tags; any other Chinese goes to Simplified. */
const traditionalChinese = /^zh-(?:Hant|TW|HK|MO)\b/i;

function matchLocale(tag: string): Locale | undefined {
  if (isLocale(tag)) return tag;
  const language = (tag.split("-")[0] ?? "").toLowerCase();
  if (language === "zh") return traditionalChinese.test(tag) ? "zh-TW" : "zh-CN";
  return isLocale(language) ? language : undefined;
}

/**
 * Chooses the first supported locale from the user's preferences (e.g. `navigator.languages`),
 * matching `zh-TW` exactly first, then by language (`es-MX` → `es`, `zh-HK` → `zh-TW`).
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = matchLocale(tag);
    if (locale !== undefined) return locale;
  }
  return defaultLocale;
}
