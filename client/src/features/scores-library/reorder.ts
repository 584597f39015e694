/**
 * Moves the item at `index` by `offset` places (−1 up, +1 down), clamped to the list: a setlist's
 * order for keyboard users, with buttons rather than drag.
 *
 * @example
 * moveItem(["a", "b", "c"], 2, -1); // ["a", "c", "b"]
 */
export function moveItem<Item>(items: readonly Item[], index: number, offset: number): Item[] {
  const target = Math.min(items.length - 1, Math.max(0, index + offset));
  const next = [...items];
  if (index < 0 || index >= items.length || target === index) return next;
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(target, 0, moved);
  return next;
}
