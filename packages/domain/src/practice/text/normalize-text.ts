/**
 * Text folded for matching: accents removed (é → e, ü → u), case folded, punctuation turned into
 * spaces, whitespace collapsed. Used by search and by duplicate-piece detection, so "Frédéric
 * Chopin" finds "frederic chopin". Letters outside Latin (Chinese titles) pass through unchanged.
 *
 * @example
 * normalizeText("  Étude, Op. 10 — No. 3 "); // "etude op 10 no 3"
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
