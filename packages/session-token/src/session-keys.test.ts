import { expect, test } from "vitest";
import { parseSessionKeys } from "./session-keys";

const key = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

test("parses a key set into raw key bytes", () => {
  const keys = parseSessionKeys(JSON.stringify({ currentKid: "k1", keys: { k1: key } }));
  expect(keys.currentKid).toBe("k1");
  expect(keys.keys.k1).toEqual(new Uint8Array(32).fill(7));
});

test.each([
  ["missing", undefined],
  ["not JSON", "{nope"],
  ["current kid not in keys", JSON.stringify({ currentKid: "k2", keys: { k1: key } })],
  ["short key", JSON.stringify({ currentKid: "k1", keys: { k1: btoa("short") } })],
  ["not base64", JSON.stringify({ currentKid: "k1", keys: { k1: "%%%" } })],
])("rejects a key set that is %s without echoing it", (_label, raw) => {
  expect(() => parseSessionKeys(raw)).toThrow(/SESSION_KEYS/);
  try {
    parseSessionKeys(raw);
  } catch (error) {
    expect(String(error)).not.toContain(key);
  }
});
