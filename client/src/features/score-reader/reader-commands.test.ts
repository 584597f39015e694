import { describe, expect, test } from "vitest";
import { commandForKey, commandForSwipe, commandForTap } from "./reader-commands";

const key = (name: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({
  key: name,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe("reader commands", () => {
  test("pedal keys turn forward and back", () => {
    expect(["ArrowRight", "PageDown", " "].map((name) => commandForKey(key(name)))).toEqual([
      "next",
      "next",
      "next",
    ]);
    expect(["ArrowLeft", "PageUp"].map((name) => commandForKey(key(name)))).toEqual(["previous", "previous"]);
    expect(commandForKey(key(" ", { shiftKey: true }))).toBe("previous");
  });

  test("Escape exits, Home and End jump, shortcuts with modifiers are left to the browser", () => {
    expect(commandForKey(key("Escape"))).toBe("exit");
    expect(commandForKey(key("Home"))).toBe("first");
    expect(commandForKey(key("End"))).toBe("last");
    expect(commandForKey(key("ArrowRight", { ctrlKey: true }))).toBeUndefined();
    expect(commandForKey(key("a"))).toBeUndefined();
  });

  test("the left third of a tap goes back, the rest forward", () => {
    expect(commandForTap(100, 900)).toBe("previous");
    expect(commandForTap(300, 900)).toBe("next");
    expect(commandForTap(850, 900)).toBe("next");
  });

  test("a quick horizontal swipe turns; a short, slow or vertical one does not", () => {
    expect(commandForSwipe(-120, 10, 200)).toBe("next");
    expect(commandForSwipe(120, -5, 200)).toBe("previous");
    expect(commandForSwipe(-30, 0, 100)).toBeUndefined();
    expect(commandForSwipe(-120, 0, 1500)).toBeUndefined();
    expect(commandForSwipe(-80, 200, 200)).toBeUndefined();
  });
});
