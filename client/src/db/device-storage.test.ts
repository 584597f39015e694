import { expect, test } from "vitest";
import { z } from "zod";
import { readStoredJson, writeStoredJson } from "./device-storage";

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

const schema = z.object({ tempoBpm: z.int().min(20) });

test("reads back what it wrote, through the schema", () => {
  const storage = memoryStorage();
  writeStoredJson(storage, "k", { tempoBpm: 96 });
  expect(storage.values.get("k")).toBe('{"tempoBpm":96}');
  expect(readStoredJson(storage, "k", schema)).toEqual({ tempoBpm: 96 });
});

test("answers nothing stored for a missing, corrupt or out-of-shape value, or no storage", () => {
  const storage = memoryStorage();
  expect(readStoredJson(storage, "k", schema)).toBeUndefined();
  storage.values.set("k", "{not json");
  expect(readStoredJson(storage, "k", schema)).toBeUndefined();
  storage.values.set("k", '{"tempoBpm":5}');
  expect(readStoredJson(storage, "k", schema)).toBeUndefined();
  expect(readStoredJson(undefined, "k", schema)).toBeUndefined();
});

test("never throws when the browser blocks or fills the storage", () => {
  const blocked = {
    getItem: () => {
      throw new DOMException("blocked", "SecurityError");
    },
    setItem: () => {
      throw new DOMException("full", "QuotaExceededError");
    },
  };
  expect(readStoredJson(blocked, "k", schema)).toBeUndefined();
  expect(() => writeStoredJson(blocked, "k", { tempoBpm: 96 })).not.toThrow();
});
