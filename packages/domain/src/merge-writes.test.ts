import fc from "fast-check";
import { expect, test } from "vitest";
import { mergeDocuments } from "./merge";
import type { SyncedDocument } from "./synced-document";

type Doc = SyncedDocument & Record<string, unknown>;
type Write = { field: string; stamp: string; value: string | undefined };

const baseStamp = "2026-03-01T00:00:00.000Z-0000-0";
const writeArbitrary: fc.Arbitrary<Write> = fc
  .record({
    field: fc.constantFrom("title", "notes", "mood"),
    second: fc.integer({ min: 1, max: 5 }),
    counter: fc.integer({ min: 0, max: 3 }),
    device: fc.constantFrom("a", "b", "c", "d"),
    value: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
  })
  .map(({ field, second, counter, device, value }) => ({
    field,
    stamp: `2026-03-01T00:00:0${second}.000Z-000${counter}-${device}`,
    value,
  }));

/** A replica that has seen `writes`: each field holds its greatest write, built without the merge. */
function replicaOf(writes: readonly Write[]): Doc {
  const doc: Doc = {
    id: "doc",
    createdAt: baseStamp.slice(0, 24),
    updatedAt: baseStamp.slice(0, 24),
    _deleted: false,
    clocks: {},
  };
  const clocks: Record<string, string> = { _deleted: baseStamp };
  for (const write of writes) {
    const current = clocks[write.field];
    if (current !== undefined && current >= write.stamp) continue;
    clocks[write.field] = write.stamp;
    if (write.value === undefined) delete doc[write.field];
    else doc[write.field] = write.value;
  }
  return { ...doc, clocks };
}

test("every field holds the value of its greatest (clock, device) write, whatever the merge order", () => {
  fc.assert(
    fc.property(
      // One value per (field, stamp): a stamp names one write.
      fc.uniqueArray(writeArbitrary, { selector: (write) => `${write.field}@${write.stamp}`, maxLength: 30 }),
      fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
      fc.integer({ min: 1, max: 5 }),
      (writes, assignment, replicaCount) => {
        const buckets = Array.from({ length: replicaCount }, (): Write[] => []);
        writes.forEach((write, index) => {
          buckets[(assignment[index] ?? 0) % replicaCount]?.push(write);
        });
        const merged = buckets.map(replicaOf).reduce((left, right) => mergeDocuments(left, right));
        expect(merged).toEqual(replicaOf(writes));
      },
    ),
    { numRuns: 2000 },
  );
});
