import { describe, expect, test } from "vitest";
import { memoryStorage } from "../db/testing/memory-storage";
import { readReferenceA, writeReferenceA } from "./reference-a-storage";

describe("reference A storage", () => {
  test("defaults to 440 and keeps a chosen pitch", () => {
    const storage = memoryStorage();
    expect(readReferenceA(storage)).toBe(440);
    writeReferenceA(storage, 442);
    expect(readReferenceA(storage)).toBe(442);
  });

  test("ignores values outside 415–466 Hz", () => {
    const storage = memoryStorage();
    storage.setItem("mirubato.tuner.referenceA", "500");
    expect(readReferenceA(storage)).toBe(440);
  });
});
