import { describe, expect, test } from "vitest";
import { usefulAuthor, usefulTitle } from "./pdf-info";

describe("usefulTitle", () => {
  test.each([
    "Microsoft Word - prelude.doc",
    "untitled",
    "Untitled score",
    "prelude-in-c.pdf",
    "chopin_op28.mscz",
    "scan_0001",
    "Document1",
    "20240501",
  ])("drops the program's default %j", (title) => {
    expect(usefulTitle(title)).toBeUndefined();
  });

  test.each(["Prelude in E minor", "Sonatina Op. 36 No. 1", "Für Elise"])("keeps %j", (title) => {
    expect(usefulTitle(title)).toBe(title);
  });
});

describe("usefulAuthor", () => {
  test("drops login names and placeholders, keeps names", () => {
    expect(usefulAuthor("jsmith")).toBeUndefined();
    expect(usefulAuthor("Administrator")).toBeUndefined();
    expect(usefulAuthor("Muzio Clementi")).toBe("Muzio Clementi");
  });
});
