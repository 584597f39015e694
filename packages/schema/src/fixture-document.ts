/**
 * Builds a valid synced document from content for fixtures and tests, stamping every content field
 * and `_deleted` with one clock stamp. Real documents are created by `createDocument` in
 * @mirubato/domain, which ticks a live hybrid logical clock instead.
 *
 * @example
 * const doc = fixtureDocument("0192f1c4-5b7e-7a31-9c2d-4f0e8b6a1d23", { title: "Etude" });
 */
export function fixtureDocument<Content extends object>(
  id: string,
  content: Content,
  options: { at?: string; stamp?: string; isDeleted?: boolean } = {},
): Content & {
  id: string;
  createdAt: string;
  updatedAt: string;
  _deleted: boolean;
  clocks: Record<string, string>;
} {
  const at = options.at ?? "2026-03-01T09:30:00.000Z";
  const stamp = options.stamp ?? `${at}-0000-fixturedevice`;
  const clocks: Record<string, string> = { _deleted: stamp };
  for (const [field, value] of Object.entries(content)) {
    if (value !== undefined) clocks[field] = stamp;
  }
  return { ...content, id, createdAt: at, updatedAt: at, _deleted: options.isDeleted ?? false, clocks };
}
