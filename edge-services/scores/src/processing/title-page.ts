import { findCatalogue, withoutCatalogue } from "./catalogue-number";

/** One pdf.js text item of a page, in PDF user space (y grows upwards, baseline at `y`). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  fontSize: number;
  width: number;
}

export interface PageBox {
  width: number;
  height: number;
}

export interface TitlePageGuess {
  title?: string;
  composer?: string;
  catalogue?: string;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  fontSize: number;
}

/** The header of engraved music sits in the top part of the first page. */
const HEADER_SHARE = 0.35;
/** A title is printed clearly larger than the composer line and the text of the music. */
const TITLE_SIZE_RATIO = 1.2;
const LIFESPAN = /\(\s*(?:c\.\s*)?\d{4}\s*[–—-]\s*(?:c\.\s*)?\d{4}\s*\)|\(\s*(?:b\.|\*)\s*\d{4}\s*\)/;
const BY_PREFIX = /^(?:by|von|par|di|de)\s+(?=\p{Lu})/u;
const TAGLINE = /lilypond|musescore|finale|sibelius|dorico|www\.|https?:|©|copyright/i;
const HAS_LETTER = /\p{L}/u;
const HAS_LETTERS = /\p{L}.*\p{L}/u;

/**
 * Title, composer and catalogue number read from the layout of a score's first page: the largest
 * text near the top is the title; the composer is the right-aligned line under it, a "by X" line or
 * a line with a lifespan "(1810–1849)"; the catalogue number is the first one printed in the
 * header. Music glyphs (no letters), tempo marks (small, left) and taglines are not candidates.
 * A field it cannot tell is left out rather than guessed.
 */
export function readTitlePage(items: readonly PositionedText[], page: PageBox): TitlePageGuess {
  const header = linesOf(items).filter(
    (line) =>
      line.y >= page.height * (1 - HEADER_SHARE) && HAS_LETTER.test(line.text) && !TAGLINE.test(line.text),
  );
  if (header.length === 0) return {};
  const sizes = header.map((line) => line.fontSize).sort((a, b) => a - b);
  const smallest = sizes[0] ?? 0;
  const largest = sizes.at(-1) ?? 0;

  // One line alone, or lines all of a size, could be a tempo mark as well as a title.
  const titleLine =
    largest >= smallest * TITLE_SIZE_RATIO ? header.find((line) => line.fontSize === largest) : undefined;
  const catalogue = header.map((line) => findCatalogue(line.text)).find((found) => found !== undefined);
  const composer = composerOf(header, titleLine, page);
  const title = titleLine === undefined ? undefined : withoutCatalogue(titleLine.text) || undefined;
  return {
    ...(title === undefined ? {} : { title }),
    ...(composer === undefined ? {} : { composer }),
    ...(catalogue === undefined ? {} : { catalogue }),
  };
}

function composerOf(header: Line[], titleLine: Line | undefined, page: PageBox): string | undefined {
  const below = header.filter(
    (line) => line !== titleLine && (titleLine === undefined || line.y < titleLine.y),
  );
  const marked = below.find((line) => LIFESPAN.test(line.text) || BY_PREFIX.test(line.text));
  const rightAligned = below.find(
    (line) =>
      line.left > page.width * 0.5 && line.right > page.width * 0.75 && cleanComposer(line.text) !== "",
  );
  const line = marked ?? rightAligned;
  if (line === undefined) return undefined;
  const name = cleanComposer(line.text);
  return name === "" ? undefined : name;
}

/** The name alone: no "by", lifespan or catalogue number. */
function cleanComposer(text: string): string {
  const name = withoutCatalogue(text.replace(LIFESPAN, " ").replace(BY_PREFIX, ""))
    .replace(/\s+/g, " ")
    .trim();
  return HAS_LETTERS.test(name) ? name : "";
}

/**
 * Items on one baseline and in one size are one line, joined left to right: editors other than
 * LilyPond often split a heading into words or glyph runs.
 */
function linesOf(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  const sorted = items
    .filter((item) => item.str.trim() !== "" && item.fontSize > 0)
    .toSorted((a, b) => b.y - a.y || a.x - b.x);
  for (const item of sorted) {
    const line = lines.find(
      (candidate) =>
        Math.abs(candidate.y - item.y) <= item.fontSize * 0.25 &&
        Math.abs(candidate.fontSize - item.fontSize) <= 0.5 &&
        item.x - candidate.right <= item.fontSize * 1.5 &&
        item.x >= candidate.left,
    );
    if (line === undefined) {
      lines.push({
        text: item.str.trim(),
        left: item.x,
        right: item.x + item.width,
        y: item.y,
        fontSize: item.fontSize,
      });
      continue;
    }
    const gap = item.x - line.right > item.fontSize * 0.15 ? " " : "";
    line.text = `${line.text}${gap}${item.str.trim()}`;
    line.right = Math.max(line.right, item.x + item.width);
  }
  return lines;
}
