import { describe, expect, test } from "vitest";
import { accentsForGroups, clampTempoBpm, nextAccentLevel, parseBeatGroups } from "./meter";

describe("meter", () => {
  test("cycles a beat through accent, normal, soft and mute", () => {
    expect([
      nextAccentLevel("accent"),
      nextAccentLevel("normal"),
      nextAccentLevel("soft"),
      nextAccentLevel("mute"),
    ]).toEqual(["normal", "soft", "mute", "accent"]);
  });

  test("parses a grouping such as 3+2+2 and rejects more than 16 beats", () => {
    expect(parseBeatGroups("3+2+2")).toEqual([3, 2, 2]);
    expect(parseBeatGroups(" 4 ")).toEqual([4]);
    expect(parseBeatGroups("9+8")).toBeUndefined();
    expect(parseBeatGroups("3+0")).toBeUndefined();
    expect(parseBeatGroups("3+x")).toBeUndefined();
  });

  test("groups accent their first beats", () => {
    expect(accentsForGroups([2, 3])).toEqual(["accent", "soft", "normal", "soft", "soft"]);
  });

  test("clamps tempi to whole bpm in 20–400", () => {
    expect([clampTempoBpm(10), clampTempoBpm(120.6), clampTempoBpm(1000), clampTempoBpm(Number.NaN)]).toEqual(
      [20, 121, 400, 20],
    );
  });
});
