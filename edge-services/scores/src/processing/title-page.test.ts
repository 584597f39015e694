import { describe, expect, test } from "vitest";
import { type PositionedText, readTitlePage } from "./title-page";

const A4 = { width: 595.28, height: 841.89 };
const text = (str: string, x: number, y: number, fontSize: number, width: number): PositionedText => ({
  str,
  x,
  y,
  fontSize,
  width,
});
/** A music glyph as LilyPond's Emmentaler font gives it to pdf.js: a control character. */
const glyph = (x: number, y: number) => text("\u0001", x, y, 19.9, 6);

describe("readTitlePage", () => {
  test("reads a LilyPond header: title, composer without lifespan, opus; ignores subtitle and tempo", () => {
    const items = [
      text("Prelude in E minor", 211.2, 809.9, 17.4, 173),
      text("from 24 Preludes", 243.3, 792.5, 12.3, 109),
      text("Frédéric Chopin (1810–1849)", 419.3, 775.1, 11, 148),
      text("Op. 28, No. 4", 501.4, 762.3, 11, 65),
      glyph(256.7, 733.2),
      text("Largo", 103.5, 749.7, 11, 33),
    ];
    expect(readTitlePage(items, A4)).toEqual({
      title: "Prelude in E minor",
      composer: "Frédéric Chopin",
      catalogue: "Op. 28, No. 4",
    });
  });

  test("finds the composer in a centred 'by X' line and joins a title split into words", () => {
    const items = [
      text("Gymnopédie", 200, 780, 24, 140),
      text("No. 1", 346, 780, 24, 60),
      text("by Erik Satie", 250, 750, 12, 80),
    ];
    expect(readTitlePage(items, A4)).toEqual({ title: "Gymnopédie No. 1", composer: "Erik Satie" });
  });

  test("takes the catalogue number out of a title line and keeps it as the catalogue", () => {
    const items = [text("Sonata in A, K. 331", 200, 790, 20, 200), text("W. A. Mozart", 480, 760, 11, 70)];
    expect(readTitlePage(items, A4)).toEqual({
      title: "Sonata in A",
      composer: "W. A. Mozart",
      catalogue: "K. 331",
    });
  });

  test("offers nothing for a page of music glyphs, a tagline and text low on the page", () => {
    const items = [
      glyph(185.6, 798.9),
      glyph(159.1, 796.4),
      text("Music engraving by LilyPond 2.24.1—www.lilypond.org", 157.9, 19.3, 11, 279),
      text("Allegro", 80, 400, 11, 40),
    ];
    expect(readTitlePage(items, A4)).toEqual({});
  });

  test("leaves the title out when no header line stands out by size", () => {
    const items = [text("dolce", 80, 760, 11, 30), text("cresc.", 300, 760, 11, 30)];
    expect(readTitlePage(items, A4)).toEqual({});
  });

  test("reads a catalogue line of one letter and digits (K. 331) under the composer", () => {
    const items = [
      text("Piano Sonata No. 11", 207.4, 809.9, 17.4, 180),
      text("W. A. Mozart", 500.6, 775.1, 11, 66),
      text("K. 331", 533.9, 764.5, 11, 33),
      text("6", 114.7, 737.3, 19.9, 7),
    ];
    expect(readTitlePage(items, A4)).toEqual({
      title: "Piano Sonata No. 11",
      composer: "W. A. Mozart",
      catalogue: "K. 331",
    });
  });

  test("does not take a left-aligned lyricist line for the composer", () => {
    const items = [text("Ave Maria", 220, 800, 18, 120), text("Words: Walter Scott", 72, 770, 11, 110)];
    expect(readTitlePage(items, A4)).toEqual({ title: "Ave Maria" });
  });
});
