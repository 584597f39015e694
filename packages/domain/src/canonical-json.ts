/**
 * JSON with object keys sorted at every depth, so equal documents serialise identically whatever
 * order their fields were written in. `undefined` members are dropped, as `JSON.stringify` does.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }); // '{"a":[{"c":3,"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (typeof member !== "object" || member === null || Array.isArray(member)) return member;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(member).sort()) sorted[key] = Reflect.get(member, key);
    return sorted;
  });
}

/**
 * Whether two JSON-like values are deeply equal.
 *
 * @example
 * isJsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 }); // true
 */
export function isJsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
