/**
 * The later / earlier of two strings in code-unit order, which for UTC ISO instants with a fixed
 * precision (as the schemas require) is time order. Not `Math.max`: that would coerce to numbers.
 *
 * @example
 * laterString("2026-03-02T00:00:00.000Z", "2026-03-01T00:00:00.000Z"); // "2026-03-02T00:00:00.000Z"
 */
export function laterString(a: string, b: string): string {
  if (a >= b) return a;
  return b;
}

/**
 * @example
 * earlierString("b", "a"); // "a"
 */
export function earlierString(a: string, b: string): string {
  if (a <= b) return a;
  return b;
}
