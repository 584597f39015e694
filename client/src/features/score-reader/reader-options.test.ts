import { describe, expect, test } from "vitest";
import { readerOptionsSchema } from "./reader-options";

describe("reader options", () => {
  test("a first visit gets automatic two-up, whole pages and a gentle scroll", () => {
    expect(readerOptionsSchema.parse({})).toEqual({
      twoUp: "auto",
      isHalfPage: false,
      fit: "page",
      scrollSpeed: 30,
    });
  });

  test("a stored value out of range or of another shape falls back field by field", () => {
    expect(
      readerOptionsSchema.parse({ twoUp: "on", isHalfPage: "yes", fit: "zoom", scrollSpeed: 900 }),
    ).toEqual({
      twoUp: "on",
      isHalfPage: false,
      fit: "page",
      scrollSpeed: 30,
    });
  });
});
