import { describe, expect, test } from "vitest";
import { loadMessages, locales, pickLocale } from "./locales";
import { en, type MessageKey } from "./messages/en";
import { createTranslate, formatMessage, listPlaceholders } from "./translate";

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
