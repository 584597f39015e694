/** At most this many words and word pairs go to the dictionary per file. */
export const MAX_CANDIDATES = 500;

const WORD = /[\p{L}][\p{L}\p{M}'’.-]*/gu;

/**
 * The words (and two-word phrases, for terms such as "a tempo" or "da capo") of a text that could
 * be music terms, lowercased and unique, in order of first appearance.
 *
 * @example
 * termCandidates("Allegro con brio"); // ["allegro", "con", "brio", "allegro con", "con brio"]
 */
export function termCandidates(text: string, max = MAX_CANDIDATES): string[] {
  const words = (text.match(WORD) ?? [])
    .map((word) => word.replace(/[.'’-]+$/u, "").toLowerCase())
    .filter((word) => word.length >= 1 && word.length <= 40);
  const unique = new Set<string>();
  for (const word of words) if (word.length >= 2) unique.add(word);
  for (let index = 0; index + 1 < words.length; index++) unique.add(`${words[index]} ${words[index + 1]}`);
  return [...unique].slice(0, max);
}
