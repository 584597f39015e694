import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { canonicalJson } from "./canonical-json";
import { mergeDocuments } from "./merge";
import type { SyncedDocument } from "./synced-document";

type Doc = SyncedDocument & { title?: string; notes?: string; tempoBpm?: number };

const stampArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom("a", "b", "c"))
  .map(([second, counter, device]) => `2026-03-01T00:00:0${second}.000Z-000${counter}-${device}`);
const sideArbitrary = <T>(value: fc.Arbitrary<T>) =>
  fc.record({
    value: fc.option(value, { nil: undefined }),
    stamp: fc.option(stampArbitrary, { nil: undefined }),
  });

/** Arbitrary replicas, including broken ones (equal stamps, different values; values without clocks). */
const replicaArbitrary: fc.Arbitrary<Doc> = fc
  .record({
    title: sideArbitrary(fc.constantFrom("x", "y")),
    notes: sideArbitrary(fc.constantFrom("x", "y")),
    tempoBpm: sideArbitrary(fc.integer({ min: 40, max: 44 })),
    deleted: sideArbitrary(fc.boolean()),
    at: fc.constantFrom("2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"),
  })
  .map(({ title, notes, tempoBpm, deleted, at }) => {
    const clocks: Record<string, string> = {};
    const doc: Doc = { id: "doc", createdAt: at, updatedAt: at, _deleted: deleted.value ?? false, clocks };
    if (title.value !== undefined) doc.title = title.value;
    if (notes.value !== undefined) doc.notes = notes.value;
    if (tempoBpm.value !== undefined) doc.tempoBpm = tempoBpm.value;
    const stamps = {
      title: title.stamp,
      notes: notes.stamp,
      tempoBpm: tempoBpm.stamp,
      _deleted: deleted.stamp,
    };
    for (const [field, stamp] of Object.entries(stamps)) if (stamp !== undefined) clocks[field] = stamp;
    return doc;
  });

const same = (a: Doc, b: Doc) => expect(canonicalJson(a)).toBe(canonicalJson(b));

describe("mergeDocuments: algebra", () => {
  test("is commutative", () => {
    fc.assert(
      fc.property(replicaArbitrary, replicaArbitrary, (a, b) => {
        same(mergeDocuments(a, b), mergeDocuments(b, a));
      }),
      {
        numRuns: 2000,
      },
    );
  });
  test("is associative", () => {
    fc.assert(
      fc.property(replicaArbitrary, replicaArbitrary, replicaArbitrary, (a, b, c) => {
        same(mergeDocuments(mergeDocuments(a, b), c), mergeDocuments(a, mergeDocuments(b, c)));
      }),
      { numRuns: 2000 },
    );
  });
  test("is idempotent", () => {
    fc.assert(
      fc.property(replicaArbitrary, replicaArbitrary, (a, b) => {
        same(mergeDocuments(a, a), a);
        const ab = mergeDocuments(a, b);
        same(mergeDocuments(ab, b), ab);
        same(mergeDocuments(ab, ab), ab);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("mergeDocuments: rules", () => {
  const base = { id: "doc", createdAt: "2026-01-01T00:00:00.000Z", updatedAt: "2026-01-01T00:00:00.000Z" };
  const t = (second: number, device = "a") => `2026-03-01T00:00:0${second}.000Z-0000-${device}`;

  test("keeps concurrent edits to different fields and takes the latest metadata", () => {
    const a: Doc = {
      ...base,
      _deleted: false,
      title: "A",
      notes: "old",
      clocks: { _deleted: t(0), title: t(2), notes: t(0) },
    };
    const b: Doc = {
      ...base,
      updatedAt: "2026-01-02T00:00:00.000Z",
      _deleted: false,
      title: "old",
      notes: "B",
      clocks: { _deleted: t(0), title: t(0), notes: t(3) },
    };
    expect(mergeDocuments(a, b)).toMatchObject({
      title: "A",
      notes: "B",
      updatedAt: "2026-01-02T00:00:00.000Z",
    });
  });

  test("breaks equal clocks by device id and lets a stamped field beat an unstamped one", () => {
    const a: Doc = {
      ...base,
      _deleted: false,
      title: "from a",
      notes: "n",
      clocks: { _deleted: t(0), title: t(1, "a") },
    };
    const b: Doc = {
      ...base,
      _deleted: false,
      title: "from b",
      clocks: { _deleted: t(0), title: t(1, "b"), notes: t(0) },
    };
    const merged = mergeDocuments(a, b);
    expect(merged.title).toBe("from b");
    expect("notes" in merged).toBe(false);
  });

  test("a later edit resurrects a deleted document; a later delete wins over an edit", () => {
    const deleted: Doc = { ...base, _deleted: true, title: "x", clocks: { _deleted: t(2), title: t(0) } };
    const editedLater: Doc = {
      ...base,
      _deleted: false,
      title: "y",
      clocks: { _deleted: t(3, "b"), title: t(3, "b") },
    };
    expect(mergeDocuments(deleted, editedLater)).toMatchObject({ _deleted: false, title: "y" });
    const editedEarlier: Doc = {
      ...base,
      _deleted: false,
      title: "y",
      clocks: { _deleted: t(1, "b"), title: t(1, "b") },
    };
    expect(mergeDocuments(deleted, editedEarlier)).toMatchObject({ _deleted: true, title: "y" });
  });

  test("refuses to merge two different documents", () => {
    const a: Doc = { ...base, _deleted: false, clocks: {} };
    expect(() => mergeDocuments(a, { ...a, id: "other" })).toThrow();
  });
});
