/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, "alegro" → 1
 * from "allegro", "crsecendo" → 1 from "crescendo"), computed over code points and abandoned
 * as soon as it must exceed `max`. Returns `max + 1` when the strings are further apart.
 *
 * @example
 * editDistance("cresendo", "crescendo", 2) // 1
 * @param {string} a
 * @param {string} b
 * @param {number} max
 * @returns {number}
 */
export function editDistance(a, b, max) {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  /** @type {number[]} */
  let previousPrevious = [];
  /** @type {number[]} */
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (previousPrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  const distance = previous[t.length] ?? max + 1;
  return distance > max ? max + 1 : distance;
}

/**
 * How many typos a query of this length may carry: none for very short queries (too many
 * words are one edit away from "la"), one up to five letters, two beyond.
 *
 * @param {number} length
 * @returns {number}
 */
export function maxTyposFor(length) {
  if (length < 4) return 0;
  if (length < 6) return 1;
  return 2;
}
