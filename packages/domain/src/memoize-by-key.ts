/**
 * Wraps `create` so each key's value is built once and then shared: for things that are costly to
 * build and never change for a key (a collection's zod schema, a locale's `Intl` formatters).
 *
 * @example
 * const schemaOf = memoizeByKey((collection: CollectionName) => createPushRequestSchema(collection));
 * schemaOf("pieces") === schemaOf("pieces"); // true
 */
export function memoizeByKey<Key, Value>(create: (key: Key) => Value): (key: Key) => Value {
  const built = new Map<Key, Value>();
  return (key) => {
    if (built.has(key)) return built.get(key) as Value;
    const value = create(key);
    built.set(key, value);
    return value;
  };
}
