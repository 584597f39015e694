import { describe, expect, test } from "vitest";
import { isLocale } from "../../i18n/locales";
import {
  addCustomInstrument,
  listInstruments,
  mergeSettingsContent,
  resolveSettings,
  toSettingsContent,
} from "./settings-values";

const fallback = { locale: "fr", weekStartDay: 1, timeZone: "Europe/Paris" } as const;
const stored = {
  language: "de",
  theme: "dark",
  customInstruments: ["Lute"],
  weekStartDay: 0,
  dailyGoalMinutes: 45,
  primaryInstrument: "cello",
} as const;

describe("resolveSettings", () => {
  test("uses the device's conventions when nothing is stored", () => {
    expect(resolveSettings(undefined, fallback, isLocale)).toEqual({
      language: "fr",
      theme: "system",
      primaryInstrument: undefined,
      customInstruments: [],
      weekStartDay: 1,
      dailyGoalMinutes: 30,
      timeZone: "Europe/Paris",
    });
  });

  test("prefers stored values, keeping the device's time zone", () => {
    expect(resolveSettings(stored, fallback, isLocale)).toMatchObject({
      language: "de",
      theme: "dark",
      weekStartDay: 0,
      dailyGoalMinutes: 45,
      primaryInstrument: "cello",
      timeZone: "Europe/Paris",
    });
  });

  test("falls back to the device's locale for a language this build does not ship", () => {
    expect(resolveSettings({ ...stored, language: "ja" }, fallback, isLocale).language).toBe("fr");
  });
});

test("toSettingsContent round-trips the editable fields", () => {
  const content = toSettingsContent(resolveSettings(stored, fallback, isLocale));
  expect(content).toEqual({ ...stored, customInstruments: ["Lute"], metronomePresets: [] });
  expect("primaryInstrument" in toSettingsContent(resolveSettings(undefined, fallback, isLocale))).toBe(
    false,
  );
});

describe("addCustomInstrument", () => {
  test("trims and appends a new instrument", () => {
    expect(addCustomInstrument(["Lute"], "  Viola  da   gamba ")).toEqual({
      ok: true,
      instruments: ["Lute", "Viola da gamba"],
    });
  });

  test("refuses empty, too long, duplicate and built-in names", () => {
    expect(addCustomInstrument([], "   ")).toEqual({ ok: false, reason: "empty" });
    expect(addCustomInstrument([], "x".repeat(61))).toEqual({ ok: false, reason: "too_long" });
    expect(addCustomInstrument(["Lute"], "lute")).toEqual({ ok: false, reason: "duplicate" });
    expect(addCustomInstrument([], "Piano")).toEqual({ ok: false, reason: "duplicate" });
  });

  test("refuses more than 50 instruments", () => {
    const many = Array.from({ length: 50 }, (_, index) => `Instrument ${index}`);
    expect(addCustomInstrument(many, "One more")).toEqual({ ok: false, reason: "too_many" });
  });
});

test("listInstruments puts the primary instrument first", () => {
  expect(listInstruments({ primaryInstrument: "Lute", customInstruments: ["Lute"] }).slice(0, 2)).toEqual([
    "Lute",
    "piano",
  ]);
  expect(listInstruments({ primaryInstrument: undefined, customInstruments: ["Lute"] }).at(-1)).toBe("Lute");
});

test("mergeSettingsContent applies a change and drops a cleared primary instrument", () => {
  const settings = resolveSettings(stored, fallback, isLocale);
  expect(mergeSettingsContent(settings, { theme: "light", dailyGoalMinutes: 10 })).toMatchObject({
    theme: "light",
    dailyGoalMinutes: 10,
    language: "de",
    primaryInstrument: "cello",
  });
  expect("primaryInstrument" in mergeSettingsContent(settings, { primaryInstrument: undefined })).toBe(false);
});
