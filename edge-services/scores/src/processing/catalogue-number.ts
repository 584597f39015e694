/**
 * Opus and catalogue numbers as engravers print them. Each pattern needs its catalogue's own
 * prefix followed by a number, so "No. 11" of "Sonata No. 11" or the initial of "D. Scarlatti"
 * never match.
 */
const CATALOGUE_PATTERNS: readonly RegExp[] = [
  // Op. 28, No. 4 · Op.10 No.3 · Opus posth. is left out: it has no number to file under.
  /\bOp(?:us\b|\.)\s*\d+[a-z]?(?:\s*,?\s*(?:No|Nr|n°)\.?\s*\d+[a-z]?)?/i,
  /\bBWV\s*\d+[a-z]?(?:\/\d+)?/,
  /\bHWV\s*\d+[a-z]?/,
  // K. 331 · KV 331 · K. 331 (300i): the old Köchel number in brackets stays.
  /\bK(?:\.|V\b)\s*\d+[a-z]?(?:\s*\(\d+[a-z]?\))?/,
  /\bHob\.\s*[IVXL]+[a-z]?\s*:\s*\d+[a-z]?/,
  /\bD\.\s*\d+[a-z]?/,
  /\bS\.\s*\d+[a-z]?/,
  /\bRV\s*\d+[a-z]?/,
  /\bWoO\s*\d+[a-z]?/,
];

/**
 * The first catalogue number in `text`, with its spacing tidied, or undefined.
 *
 * @example
 * findCatalogue("Prelude, Op.28,  No. 4"); // "Op.28, No. 4"
 */
export function findCatalogue(text: string): string | undefined {
  let best: { index: number; value: string } | undefined;
  for (const pattern of CATALOGUE_PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null && (best === undefined || match.index < best.index)) {
      best = { index: match.index, value: match[0] };
    }
  }
  return best?.value.replace(/\s+/g, " ").trim();
}

/** `text` without its catalogue number and the punctuation that joined it. */
export function withoutCatalogue(text: string): string {
  const catalogue = findCatalogue(text);
  if (catalogue === undefined) return text;
  const start = text.replace(/\s+/g, " ").indexOf(catalogue);
  const tidy = text.replace(/\s+/g, " ");
  return `${tidy.slice(0, start)} ${tidy.slice(start + catalogue.length)}`
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
}
