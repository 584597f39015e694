import { describe, expect, test } from "vitest";
import { loadMessages, locales, pickLocale } from "./locales";
import { en, type MessageKey } from "./messages/en";
import { createTranslate, formatMessage, listPlaceholders, listPluralSelectors } from "./translate";

describe("formatMessage", () => {
  test("fills named placeholders", () => {
    expect(formatMessage("Dictionary · {lang}: {term}", { lang: "en", term: "rubato" })).toBe(
      "Dictionary · en: rubato",
    );
  });

  test("leaves unknown placeholders visible", () => {
    expect(formatMessage("Hello {name}", {})).toBe("Hello {name}");
  });

  test("does not read inherited properties as params", () => {
    expect(formatMessage("{toString}", {})).toBe("{toString}");
  });
});

describe("plurals", () => {
  const sessions = "{count, plural, =0 {no sessions} one {# session} other {# sessions}} on {day}";

  test("choose the branch by the locale's rules and format # for the locale", () => {
    expect(formatMessage(sessions, { count: 1, day: "Monday" }, "en")).toBe("1 session on Monday");
    expect(formatMessage(sessions, { count: 2, day: "Monday" }, "en")).toBe("2 sessions on Monday");
    expect(formatMessage(sessions, { count: 0, day: "Monday" }, "en")).toBe("no sessions on Monday");
    expect(formatMessage(sessions, { count: 1234, day: "Monday" }, "de")).toBe("1.234 sessions on Monday");
  });

  test("French counts 0 and 1 as singular; 'many' falls back to other when no branch is written", () => {
    const days = "{count, plural, one {# jour} other {# jours}}";
    expect(formatMessage(days, { count: 0 }, "fr")).toBe("0 jour");
    expect(formatMessage(days, { count: 1 }, "fr")).toBe("1 jour");
    expect(formatMessage(days, { count: 2 }, "fr")).toBe("2 jours");
    expect(formatMessage(days, { count: 1_000_000 }, "fr")).toBe("1\u202f000\u202f000 jours");
  });

  test("Chinese has only 'other'", () => {
    expect(formatMessage("{count, plural, other {# 天}}", { count: 1 }, "zh-CN")).toBe("1 天");
  });

  test("several plural blocks and placeholders inside branches", () => {
    const message =
      "{count, plural, one {# session} other {# sessions}} on {days, plural, one {# day ({when})} other {# days}}";
    expect(formatMessage(message, { count: 3, days: 1, when: "today" }, "en")).toBe(
      "3 sessions on 1 day (today)",
    );
    expect(listPlaceholders(message)).toEqual(["count", "days", "when"]);
  });

  test("a missing count shows the other branch with the gap visible", () => {
    expect(formatMessage("{count, plural, one {# day} other {# days}}", {}, "en")).toBe(" days");
  });
});

test("createTranslate looks up the key in the given messages", () => {
  const t = createTranslate(en);
  expect(t("section.logbook.name")).toBe("Logbook");
});

test("pickLocale falls back by language, then to English", () => {
  expect(pickLocale(["en-GB"])).toBe("en");
  expect(pickLocale(["xx", "en-US"])).toBe("en");
  expect(pickLocale([])).toBe("en");
});

function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

describe.each(locales)("locale %s", (locale) => {
  const englishKeys = Object.keys(en).filter(isMessageKey).sort();

  test("has exactly the English keys", async () => {
    const messages = await loadMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(englishKeys);
  });

  test("writes plurals only with the locale's CLDR categories, always with 'other'", async () => {
    const messages = await loadMessages(locale);
    const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    for (const key of englishKeys) {
      const message = messages[key];
      const selectors = listPluralSelectors(message);
      // A misspelt block would not parse and would show raw on screen.
      expect(selectors.length, key).toBe(message.match(/,\s*plural,/g)?.length ?? 0);
      for (const block of selectors) {
        expect(block, key).toContain("other");
        for (const selector of block) {
          if (!selector.startsWith("=")) expect(categories.has(selector), `${key}: ${selector}`).toBe(true);
        }
      }
    }
  });

  test("has no empty message and keeps every placeholder", async () => {
    const messages = await loadMessages(locale);
    for (const key of englishKeys) {
      const message = messages[key];
      expect(message.trim(), key).not.toBe("");
      expect(listPlaceholders(message), key).toEqual(listPlaceholders(en[key]));
    }
  });
});

test("pickLocale maps Chinese by script and region", () => {
  expect(pickLocale(["zh-TW"])).toBe("zh-TW");
  expect(pickLocale(["zh-HK"])).toBe("zh-TW");
  expect(pickLocale(["zh-Hant-US"])).toBe("zh-TW");
  expect(pickLocale(["zh"])).toBe("zh-CN");
  expect(pickLocale(["zh-SG"])).toBe("zh-CN");
  expect(pickLocale(["es-MX"])).toBe("es");
  expect(pickLocale(["de-AT", "en"])).toBe("de");
});
