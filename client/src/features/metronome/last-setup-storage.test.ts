import { describe, expect, test } from "vitest";
import { memoryStorage } from "../../db/testing/memory-storage";
import { readLastSetup, writeLastSetup } from "./last-setup-storage";
import { defaultSetup, withGroups } from "./metronome-setup";

describe("last metronome setup", () => {
  test("reads back what was written", () => {
    const storage = memoryStorage();
    const setup = {
      ...withGroups(defaultSetup, [3, 2, 2]),
      tempoBpm: 184,
      polyrhythmAgainst: 2,
      isTrainerOn: true,
    };
    writeLastSetup(storage, setup);
    expect(readLastSetup(storage)).toEqual(setup);
  });

  test("ignores a missing, corrupt or inconsistent value", () => {
    const storage = memoryStorage();
    expect(readLastSetup(storage)).toBeUndefined();
    storage.setItem("mirubato.metronome.setup", "{not json");
    expect(readLastSetup(storage)).toBeUndefined();
    storage.setItem("mirubato.metronome.setup", JSON.stringify({ ...defaultSetup, groups: [3] }));
    expect(readLastSetup(storage)).toBeUndefined();
  });

  test("survives storage that refuses access", () => {
    const blocked = {
      getItem: () => {
        throw new Error("blocked");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(readLastSetup(blocked)).toBeUndefined();
    expect(() => writeLastSetup(blocked, defaultSetup)).not.toThrow();
  });
});
