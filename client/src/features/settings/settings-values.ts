/**
 * The settings a musician sees when nothing is stored yet, and the rules for editing their own
 * instruments. The one settings document (fixed id) is created on the first change, so a fresh
 * device shows the locale's conventions without writing anything.
 */
import type { SettingsContent, Theme } from "@mirubato/schema";
import type { Locale } from "../../i18n/locales";

/** Built-in instruments, stored by these ids and shown translated (`instrument.<id>`). */
export const builtInInstruments = [
  "piano",
  "keyboard",
  "organ",
  "harpsichord",
  "violin",
  "viola",
  "cello",
  "double_bass",
  "guitar",
  "bass_guitar",
  "harp",
  "flute",
  "oboe",
  "clarinet",
  "bassoon",
  "saxophone",
  "trumpet",
  "horn",
  "trombone",
  "tuba",
  "percussion",
  "drums",
  "voice",
  "other",
] as const;
export type BuiltInInstrument = (typeof builtInInstruments)[number];

export function isBuiltInInstrument(value: string): value is BuiltInInstrument {
  return (builtInInstruments as readonly string[]).includes(value);
}

export const defaultDailyGoalMinutes = 30;
export const maxCustomInstruments = 50;
export const maxInstrumentLength = 60;

/** Settings as the app uses them: stored values over defaults, plus the device's time zone. */
export interface EffectiveSettings {
  readonly language: Locale;
  readonly theme: Theme;
  readonly primaryInstrument: string | undefined;
  readonly customInstruments: readonly string[];
  readonly weekStartDay: number;
  readonly dailyGoalMinutes: number;
  /** The device's IANA zone: "today" and new entries' local dates are computed in it. */
  readonly timeZone: string;
}

/** The stored fields `resolveSettings` reads (the document may be absent or from an older client). */
export type StoredSettings = Readonly<
  Pick<SettingsContent, "language" | "theme" | "weekStartDay" | "dailyGoalMinutes">
> & {
  readonly primaryInstrument?: string | undefined;
  readonly customInstruments: readonly string[];
};

export interface SettingsFallback {
  readonly locale: Locale;
  readonly weekStartDay: number;
  readonly timeZone: string;
}

/**
 * The effective settings from the stored document (if any) and the device's conventions. A stored
 * language this build does not ship falls back to the device's locale.
 *
 * @example
 * resolveSettings(undefined, { locale: "fr", weekStartDay: 1, timeZone: "Europe/Paris" }).theme; // "system"
 */
export function resolveSettings(
  stored: StoredSettings | undefined,
  fallback: SettingsFallback,
  isKnownLocale: (tag: string) => tag is Locale,
): EffectiveSettings {
  if (stored === undefined) {
    return {
      language: fallback.locale,
      theme: "system",
      primaryInstrument: undefined,
      customInstruments: [],
      weekStartDay: fallback.weekStartDay,
      dailyGoalMinutes: defaultDailyGoalMinutes,
      timeZone: fallback.timeZone,
    };
  }
  return {
    language: isKnownLocale(stored.language) ? stored.language : fallback.locale,
    theme: stored.theme,
    primaryInstrument: stored.primaryInstrument,
    customInstruments: stored.customInstruments,
    weekStartDay: stored.weekStartDay,
    dailyGoalMinutes: stored.dailyGoalMinutes,
    timeZone: fallback.timeZone,
  };
}

/** The full content for creating the settings document from the effective settings. */
export function toSettingsContent(settings: EffectiveSettings): SettingsContent {
  const content: SettingsContent = {
    language: settings.language,
    theme: settings.theme,
    customInstruments: [...settings.customInstruments],
    weekStartDay: settings.weekStartDay,
    dailyGoalMinutes: settings.dailyGoalMinutes,
    metronomePresets: [],
  };
  if (settings.primaryInstrument !== undefined) content.primaryInstrument = settings.primaryInstrument;
  return content;
}

/** A change to settings; `undefined` clears an optional field (as in a repository patch). */
export type SettingsChange = {
  readonly [Field in keyof SettingsContent]?: SettingsContent[Field] | undefined;
};

/**
 * The full content for creating the settings document: the effective settings with a change
 * applied, a cleared optional field left out.
 *
 * @example
 * mergeSettingsContent(settings, { theme: "dark" }).theme; // "dark"
 */
export function mergeSettingsContent(settings: EffectiveSettings, change: SettingsChange): SettingsContent {
  const { primaryInstrument, ...rest } = { ...toSettingsContent(settings), ...change };
  const content: SettingsContent = {
    language: rest.language ?? settings.language,
    theme: rest.theme ?? settings.theme,
    customInstruments: rest.customInstruments ?? [...settings.customInstruments],
    weekStartDay: rest.weekStartDay ?? settings.weekStartDay,
    dailyGoalMinutes: rest.dailyGoalMinutes ?? settings.dailyGoalMinutes,
    metronomePresets: rest.metronomePresets ?? [],
  };
  if (primaryInstrument !== undefined) content.primaryInstrument = primaryInstrument;
  return content;
}

export type AddInstrumentResult =
  | { readonly ok: true; readonly instruments: string[] }
  | { readonly ok: false; readonly reason: "empty" | "too_long" | "duplicate" | "too_many" };

/**
 * Adds a custom instrument: trimmed, at most 60 characters, not a duplicate (ignoring case) of a
 * built-in id or another custom instrument.
 *
 * @example
 * addCustomInstrument(["Lute"], "  Theorbo "); // { ok: true, instruments: ["Lute", "Theorbo"] }
 */
export function addCustomInstrument(current: readonly string[], name: string): AddInstrumentResult {
  const trimmed = name.trim().replace(/\s+/g, " ");
  if (trimmed === "") return { ok: false, reason: "empty" };
  if (trimmed.length > maxInstrumentLength) return { ok: false, reason: "too_long" };
  const key = trimmed.toLocaleLowerCase();
  const taken = [...builtInInstruments, ...current].some((existing) => existing.toLocaleLowerCase() === key);
  if (taken) return { ok: false, reason: "duplicate" };
  if (current.length >= maxCustomInstruments) return { ok: false, reason: "too_many" };
  return { ok: true, instruments: [...current, trimmed] };
}

/**
 * Every instrument the musician can pick: their primary first, then the built-ins, then their own.
 *
 * @example
 * listInstruments({ primaryInstrument: "Lute", customInstruments: ["Lute"] })[0]; // "Lute"
 */
export function listInstruments(
  settings: Pick<EffectiveSettings, "primaryInstrument" | "customInstruments">,
): string[] {
  const all = [...builtInInstruments, ...settings.customInstruments];
  const primary = settings.primaryInstrument;
  return primary !== undefined && all.includes(primary)
    ? [primary, ...all.filter((name) => name !== primary)]
    : all;
}
