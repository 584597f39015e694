import { normalizeTerm, splitNames } from "./normalize.js";

/** @typedef {"term" | "equivalent"} NameKind */
/**
 * One searchable name of an entry: the term itself, or one of its equivalents in an app language.
 * @typedef {{ name: string, normalized: string, kind: NameKind, lang: string }} TermName
 */
/**
 * The fields of an entry that carry names.
 * @typedef {{ term: string, lang: string, equivalents: Readonly<Record<string, string>> }} NamedEntry
 */

/**
 * Every distinct name an entry can be found by: its own term first, then each equivalent
 * ("langsam", "渐强"), split into alternatives. A name equal to an earlier one is dropped, so
 * "tempo" listed as its own English equivalent counts once, as the term.
 *
 * @example
 * namesOf({ term: "lento", lang: "it", equivalents: { de: "langsam" } }).map((n) => n.normalized) // ["lento", "langsam"]
 * @param {NamedEntry} entry
 * @returns {TermName[]}
 */
export function namesOf(entry) {
  /** @type {Map<string, TermName>} */
  const names = new Map();
  const add = (/** @type {string} */ name, /** @type {NameKind} */ kind, /** @type {string} */ lang) => {
    const normalized = normalizeTerm(name);
    if (normalized && !names.has(normalized)) names.set(normalized, { name, normalized, kind, lang });
  };
  add(entry.term, "term", entry.lang);
  for (const [lang, value] of Object.entries(entry.equivalents)) {
    for (const name of splitNames(value)) add(name, "equivalent", lang);
  }
  return [...names.values()];
}
