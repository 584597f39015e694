import { describe, expect, test } from "vitest";
import { memoryStorage } from "../../db/testing/memory-storage";
import { defaultSound, readSound, writeSound } from "./sound-storage";

describe("the metronome's sound on this device", () => {
  test("defaults to the click at 80 %, and keeps a chosen kit and volume", () => {
    const storage = memoryStorage();
    expect(readSound(storage)).toEqual(defaultSound);
    writeSound(storage, { kit: "wood", volume: 0.35 });
    expect(readSound(storage)).toEqual({ kit: "wood", volume: 0.35 });
  });

  test("an unknown kit or a volume out of range reads as the default", () => {
    const storage = memoryStorage();
    storage.setItem("mirubato.metronome.sound", JSON.stringify({ kit: "cowbell", volume: 0.5 }));
    expect(readSound(storage)).toEqual(defaultSound);
    storage.setItem("mirubato.metronome.sound", JSON.stringify({ kit: "beep", volume: 3 }));
    expect(readSound(storage)).toEqual(defaultSound);
  });
});
