/**
 * The one spelling-insensitive form of a music term, shared by the dictionary worker (stored
 * `normalized` columns, query parsing), the curated-data build and the client's offline search,
 * so all three agree on what "the same word" means: case, accents, ligatures and punctuation
 * are ignored ("Étude" = "etude", "Crescendo!" = "crescendo", "d'amore" = "d amore").
 */

/** @type {ReadonlyArray<[RegExp, string]>} */
const foldings = [
  [/ß/g, "ss"],
  [/æ/g, "ae"],
  [/œ/g, "oe"],
  [/ø/g, "o"],
  [/đ/g, "d"],
  [/ł/g, "l"],
];

const alreadyNormal = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * Lower case, accents removed, every run of non-letters/non-digits collapsed to one space.
 *
 * @example
 * normalizeTerm("  Crescéndo, poco a poco ") // "crescendo poco a poco"
 * @param {string} text
 * @returns {string}
 */
export function normalizeTerm(text) {
  // Most names and queries are already plain lower-case ASCII words: nothing to fold.
  if (alreadyNormal.test(text)) return text;
  let folded = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  for (const [pattern, replacement] of foldings) folded = folded.replace(pattern, replacement);
  return folded.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The URL form of a term: its normalized form with hyphens for spaces ("poco a poco" → "poco-a-poco").
 *
 * @param {string} text
 * @returns {string}
 */
export function slugifyTerm(text) {
  return normalizeTerm(text).replaceAll(" ", "-");
}

/**
 * The separate names in an equivalents value: curated data lists alternatives as
 * "tempo, speed" or "schwer; ernst", sometimes with a gloss in parentheses.
 *
 * @example
 * splitNames("Tempo, Zeitmaß (Zeitmass)") // ["Tempo", "Zeitmaß"]
 * @param {string} value
 * @returns {string[]}
 */
export function splitNames(value) {
  const names = value
    .replace(/\([^)]*\)/g, " ")
    .split(/[,;/、，；]|\s+or\s+/u)
    .map((name) => name.trim())
    .filter((name) => normalizeTerm(name).length > 0);
  return [...new Set(names)];
}
