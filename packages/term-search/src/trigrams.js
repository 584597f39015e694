/**
 * Padded character trigrams of a normalized name (" al", "all", …, "ro "), the candidate
 * filter for typo-tolerant search. The dictionary's D1 trigger computes the same windows with
 * `substr(' ' || normalized || ' ', n, 3)` for n = 1..length(normalized), so both sides agree.
 *
 * @param {string} normalized
 * @returns {string[]} distinct trigrams, in first-seen order
 */
export function trigramsOf(normalized) {
  const chars = Array.from(` ${normalized} `);
  /** @type {Set<string>} */
  const grams = new Set();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(""));
  return [...grams];
}

/**
 * The fewest trigrams a name must share with the query to be within `maxTypos` edits: each
 * edit touches at most three windows. Never below one, so a candidate shares something.
 *
 * @param {number} queryTrigramCount
 * @param {number} maxTypos
 * @returns {number}
 */
export function minSharedTrigrams(queryTrigramCount, maxTypos) {
  return Math.max(1, queryTrigramCount - 3 * maxTypos);
}
