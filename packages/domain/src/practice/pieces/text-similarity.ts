/**
 * Sørensen–Dice similarity of two strings' character bigrams, 0 (nothing shared) to 1 (same):
 * tolerant of typos and of transposed letters, cheap enough to run over a whole repertoire.
 *
 * @example
 * getBigramSimilarity("nocturne", "nocturn"); // ≈ 0.92
 */
export function getBigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<string, number>();
  for (let index = 0; index < a.length - 1; index++) {
    const bigram = a.slice(index, index + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let index = 0; index < b.length - 1; index++) {
    const bigram = b.slice(index, index + 2);
    const count = counts.get(bigram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(bigram, count - 1);
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
