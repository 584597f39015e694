import { describe, expect, test } from "vitest";
import { findCatalogue, withoutCatalogue } from "./catalogue-number";

describe("findCatalogue", () => {
  test.each([
    ["Op. 28, No. 4", "Op. 28, No. 4"],
    ["Prelude Op.28 No.4", "Op.28 No.4"],
    ["Études, Opus 10", "Opus 10"],
    ["op. 36 nr. 1", "op. 36 nr. 1"],
    ["BWV 846", "BWV 846"],
    ["Partita BWV 1004/5", "BWV 1004/5"],
    ["K. 331", "K. 331"],
    ["KV 331", "KV 331"],
    ["Rondo K. 485 (Wien)", "K. 485"],
    ["Sonata K. 331 (300i)", "K. 331 (300i)"],
    ["Hob. XVI:52", "Hob. XVI:52"],
    ["Impromptu D. 899", "D. 899"],
    ["Liebestraum S. 541", "S. 541"],
    ["Concerto RV 269", "RV 269"],
    ["Für Elise WoO 59", "WoO 59"],
    ["Water Music HWV 348", "HWV 348"],
    ["Sonata in E, Op.  14,   No. 1", "Op. 14, No. 1"],
  ])("finds the catalogue number in %j", (text, expected) => {
    expect(findCatalogue(text)).toBe(expected);
  });

  test.each([
    "Piano Sonata No. 11",
    "D. Scarlatti",
    "Kinderszenen",
    "W. A. Mozart",
    "Opening night 1829",
    "Music engraving by LilyPond 2.24.1",
  ])("finds none in %j", (text) => {
    expect(findCatalogue(text)).toBeUndefined();
  });

  test("answers the earliest of two numbers", () => {
    expect(findCatalogue("BWV 846 (Op. 1)")).toBe("BWV 846");
  });
});

describe("withoutCatalogue", () => {
  test("removes the number and the comma that joined it", () => {
    expect(withoutCatalogue("J. S. Bach, BWV 846")).toBe("J. S. Bach");
    expect(withoutCatalogue("Nocturne")).toBe("Nocturne");
  });
});
