import { maxTyposFor } from "./edit-distance.js";
import { normalizeTerm } from "./normalize.js";
import { rankCandidates } from "./rank.js";
import { namesOf } from "./term-names.js";
import { minSharedTrigrams, trigramsOf } from "./trigrams.js";

/**
 * An in-memory index over a list of entries, for searching without a server (the client's
 * offline pack). Candidate retrieval mirrors the worker's SQL (name prefix, word, trigram
 * overlap with a length filter, definition words); ranking is the shared `rankCandidates`.
 */

/** The worker's full-text and trigram statements keep their 40 best; the offline search keeps as many. */
const MAX_TEXT_MATCHES = 40;
const MAX_TYPO_NAMES = 40;

/** @typedef {import("./term-names.js").NamedEntry & { concise: string }} SearchableEntry */
/**
 * @template {SearchableEntry} T
 * @typedef {{
 *   entries: readonly T[],
 *   names: Array<{ entryIndex: number, name: import("./term-names.js").TermName }>,
 *   entryNames: Array<import("./term-names.js").TermName[]>,
 *   sortKeys: string[],
 *   nameLengths: number[],
 *   byTrigram: Map<string, number[]>,
 *   definitionWords: string[][],
 * }} TermIndex
 */

/**
 * @template {SearchableEntry} T
 * @param {readonly T[]} entries
 * @returns {TermIndex<T>}
 */
export function createTermIndex(entries) {
  /** @type {TermIndex<T>["names"]} */
  const names = [];
  /** @type {Map<string, number[]>} */
  const byTrigram = new Map();
  const entryNames = entries.map((entry) => namesOf(entry));
  entryNames.forEach((entryNameList, entryIndex) => {
    for (const name of entryNameList) {
      const nameIndex = names.push({ entryIndex, name }) - 1;
      for (const gram of trigramsOf(name.normalized)) {
        const list = byTrigram.get(gram);
        if (list) list.push(nameIndex);
        else byTrigram.set(gram, [nameIndex]);
      }
    }
  });
  const definitionWords = entries.map((entry) => normalizeTerm(entry.concise).split(" "));
  // Normalized once here, not for every candidate of every query.
  const sortKeys = entries.map((entry) => normalizeTerm(entry.term));
  // In characters, as the worker's `name_length`.
  const nameLengths = names.map(({ name }) => Array.from(name.normalized).length);
  return { entries, names, entryNames, sortKeys, nameLengths, byTrigram, definitionWords };
}

/**
 * Best matches first, with `didYouMean` when only near spellings matched.
 *
 * @example
 * searchTermIndex(createTermIndex(pack.terms), "alegro", 10).hits[0]?.item.term // "allegro"
 * @template {SearchableEntry} T
 * @param {TermIndex<T>} index
 * @param {string} rawQuery
 * @param {number} limit
 */
export function searchTermIndex(index, rawQuery, limit) {
  const query = normalizeTerm(rawQuery);
  if (!query) return { hits: [] };
  /** @type {Set<number>} */
  const entryIndexes = new Set();
  const wordStart = ` ${query}`;
  for (const { entryIndex, name } of index.names) {
    // A name that starts with the query, or has a word that does ("a tempo" for "tempo").
    if (name.normalized.startsWith(query) || name.normalized.includes(wordStart))
      entryIndexes.add(entryIndex);
  }
  for (const nameIndex of typoCandidates(index, query)) {
    const found = index.names[nameIndex];
    if (found) entryIndexes.add(found.entryIndex);
  }
  /** @type {Map<number, number>} */
  const textRanks = new Map();
  const queryWords = query.split(" ");
  // At most as many definition matches as the worker's full-text statement returns ("a note"
  // would otherwise make most of the dictionary a candidate).
  for (let entryIndex = 0; entryIndex < index.definitionWords.length; entryIndex++) {
    if (textRanks.size >= MAX_TEXT_MATCHES) break;
    const words = index.definitionWords[entryIndex] ?? [];
    // As the worker's full-text expression: whole words, and the last one (being typed) as a prefix.
    const isMatch = queryWords.every((queryWord, position) =>
      position === queryWords.length - 1
        ? words.some((word) => word.startsWith(queryWord))
        : words.includes(queryWord),
    );
    if (isMatch) {
      textRanks.set(entryIndex, textRanks.size);
      entryIndexes.add(entryIndex);
    }
  }
  const candidates = [...entryIndexes].flatMap((entryIndex) => {
    const entry = index.entries[entryIndex];
    if (!entry) return [];
    const textRank = textRanks.get(entryIndex);
    const candidate = {
      item: entry,
      names: index.entryNames[entryIndex] ?? [],
      sortKey: index.sortKeys[entryIndex] ?? "",
    };
    return [textRank === undefined ? candidate : { ...candidate, textRank }];
  });
  return rankCandidates(query, candidates, limit);
}

/**
 * @param {TermIndex<SearchableEntry>} index
 * @param {string} query
 * @returns {number[]} name indexes within reach of the query's typo budget
 */
function typoCandidates(index, query) {
  const queryLength = Array.from(query).length;
  const maxTypos = maxTyposFor(queryLength);
  if (maxTypos === 0) return [];
  const grams = trigramsOf(query);
  const needed = minSharedTrigrams(grams.length, maxTypos);
  // The worker's filter: a name's length within the typo budget (one more for a prefix typo).
  const minLength = Math.max(1, queryLength - maxTypos);
  const maxLength = queryLength + maxTypos + 1;
  /** @type {Map<number, number>} */
  const shared = new Map();
  for (const gram of grams) {
    for (const nameIndex of index.byTrigram.get(gram) ?? []) {
      const length = index.nameLengths[nameIndex] ?? 0;
      if (length >= minLength && length <= maxLength) shared.set(nameIndex, (shared.get(nameIndex) ?? 0) + 1);
    }
  }
  // And its cap: the names sharing the most trigrams.
  return [...shared]
    .filter(([, count]) => count >= needed)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TYPO_NAMES)
    .map(([nameIndex]) => nameIndex);
}
