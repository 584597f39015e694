import { expect, test } from "vitest";
import { readCachedPreferences, writeCachedPreferences } from "./preferences-cache";
import { resolveTheme } from "./theme";

function createMemoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

test("cached preferences round-trip", () => {
  const storage = createMemoryStorage();
  writeCachedPreferences(storage, { language: "zh-TW", theme: "dark" });
  expect(readCachedPreferences(storage)).toEqual({ language: "zh-TW", theme: "dark" });
});

test("a missing, corrupt or unknown cache reads as nothing", () => {
  expect(readCachedPreferences(createMemoryStorage())).toBeUndefined();
  expect(readCachedPreferences(createMemoryStorage({ "mirubato.preferences": "{" }))).toBeUndefined();
  const unknown = JSON.stringify({ language: "ja", theme: "dark" });
  expect(readCachedPreferences(createMemoryStorage({ "mirubato.preferences": unknown }))).toBeUndefined();
});

test("blocked storage reads as nothing and ignores writes", () => {
  const blocked = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
  };
  expect(readCachedPreferences(blocked)).toBeUndefined();
  expect(() => writeCachedPreferences(blocked, { language: "en", theme: "light" })).not.toThrow();
});

test("resolveTheme follows the system only for the system theme", () => {
  expect(resolveTheme("system", true)).toBe("dark");
  expect(resolveTheme("system", false)).toBe("light");
  expect(resolveTheme("light", true)).toBe("light");
  expect(resolveTheme("dark", false)).toBe("dark");
});
