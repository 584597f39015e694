import type { ClickSound } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { clickKits, synthesiseClick, synthesiseClicks } from "./click-sounds";

const sounds: readonly ClickSound[] = ["accent", "normal", "soft", "subdivision", "counter"];

describe("click kits", () => {
  test.each(clickKits)("every %s sound starts at its peak and never clips", (kit) => {
    for (const sound of sounds) {
      const samples = synthesiseClick(sound, 48_000, kit);
      const peak = Math.max(...samples.map(Math.abs));
      expect(samples[0], `${kit} ${sound}`).toBe(peak);
      expect(peak).toBeLessThan(1);
    }
  });

  test.each(clickKits)(
    "%s: an accent is louder than a beat, a beat than a soft one or a subdivision",
    (kit) => {
      const clicks = synthesiseClicks(48_000, kit);
      const first = (sound: ClickSound) => clicks[sound][0] ?? 0;
      expect(first("accent")).toBeGreaterThan(first("normal"));
      expect(first("normal")).toBeGreaterThan(first("soft"));
      expect(first("normal")).toBeGreaterThan(first("subdivision"));
    },
  );

  test("subdivisions stay short in every kit, so sextuplets at 300 bpm (33 ms apart) do not overlap", () => {
    for (const kit of clickKits) {
      expect(synthesiseClick("subdivision", 48_000, kit).length / 48).toBeLessThan(33);
    }
  });

  test("the kits sound different", () => {
    const [click, wood, beep] = clickKits.map((kit) => synthesiseClick("normal", 48_000, kit));
    expect(wood).not.toEqual(click);
    expect(beep?.length).toBeGreaterThan(click?.length ?? 0);
  });
});
