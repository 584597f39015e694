import { describe, expect, test } from "vitest";
import { createUuidV7Generator, isUuidV7, uuidV7TimestampMs, uuidv7 } from "./uuidv7";

describe("uuidv7", () => {
  test("produces valid version-7 ids", () => {
    for (let index = 0; index < 1000; index += 1) expect(isUuidV7(uuidv7())).toBe(true);
  });

  test("encodes the current time in the first 48 bits", () => {
    const next = createUuidV7Generator({ now: () => 1_730_000_000_894 });
    expect(uuidV7TimestampMs(next())).toBe(1_730_000_000_894);
  });

  test("is strictly increasing within one millisecond and when the clock goes back", () => {
    let nowMs = 1_730_000_000_000;
    const next = createUuidV7Generator({ now: () => nowMs });
    const ids: string[] = [];
    for (let index = 0; index < 10_000; index += 1) {
      if (index === 5000) nowMs -= 60_000;
      ids.push(next());
    }
    const sorted = [...ids].sort();
    expect(ids).toEqual(sorted);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("rejects non-v7 and non-canonical strings", () => {
    expect(isUuidV7("0192f1c4-5b7e-4a31-9c2d-4f0e8b6a1d23")).toBe(false);
    expect(isUuidV7("0192f1c4-5b7e-7a31-cc2d-4f0e8b6a1d23")).toBe(false);
    expect(isUuidV7("0192F1C4-5B7E-7A31-9C2D-4F0E8B6A1D23")).toBe(false);
    expect(isUuidV7(42)).toBe(false);
  });
});
