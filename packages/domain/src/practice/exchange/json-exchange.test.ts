import { collectionFixtures } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { createTestEntry, createTestGoal, createTestPiece } from "../testing/practice-test-docs";
import { createJsonExport } from "./json-export";
import { readJsonImport, readJsonImportText } from "./json-import";
import { planImport } from "./plan-import";

const piece = createTestPiece({
  title: "Prelude",
  composer: "Bach",
  links: [{ url: "https://imslp.org/x", label: "IMSLP" }],
});
const collections = {
  practice_entries: [
    ...collectionFixtures.practice_entries,
    createTestEntry({
      pieces: [{ pieceId: piece.id, tempoBpm: 72 }],
      mood: "excited",
      notes: 'Line 1\n"quoted", ok',
    }),
  ],
  pieces: [...collectionFixtures.pieces, piece],
  goals: [...collectionFixtures.goals, createTestGoal({ kind: "tempo", pieceId: piece.id })],
};

function exportAndRead() {
  const text = JSON.stringify(createJsonExport(collections, "2026-03-04T12:00:00.000Z"));
  const result = readJsonImportText(text);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe("JSON export and import", () => {
  test("wraps the collections in a versioned envelope, tombstones left out", () => {
    const exported = createJsonExport(collections, "2026-03-04T12:00:00.000Z");
    expect(exported).toMatchObject({
      format: "mirubato-export",
      version: 1,
      exportedAt: "2026-03-04T12:00:00.000Z",
    });
    expect(exported.collections.pieces.some((doc) => doc._deleted)).toBe(false);
    expect(createJsonExport(collections, "x", { includeDeleted: true }).collections.pieces).toHaveLength(3);
  });

  test("round-trips: export → import gives identical documents", () => {
    const result = exportAndRead();
    expect(result.rejected).toEqual([]);
    expect(result.accepted.practice_entries).toEqual(collections.practice_entries);
    expect(result.accepted.pieces).toEqual(collections.pieces.filter((doc) => !doc._deleted));
    expect(result.accepted.goals).toEqual(collections.goals);
  });

  test("importing twice plans nothing the second time", () => {
    const first = exportAndRead();
    const store = new Map<string, (typeof first.accepted.pieces)[number]>();
    expect(planImport(store, first.accepted.pieces)).toEqual(first.accepted.pieces);
    for (const doc of first.accepted.pieces) store.set(doc.id, doc);
    expect(planImport(store, exportAndRead().accepted.pieces)).toEqual([]);
    const edited = { ...piece, title: "Prelude in C" };
    expect(planImport(store, [edited])).toEqual([edited]);
  });

  test("reports each invalid row with its collection, index, id and reasons", () => {
    const good = createTestEntry();
    const result = readJsonImport({
      format: "mirubato-export",
      version: 1,
      exportedAt: "2026-03-04T12:00:00.000Z",
      collections: {
        practice_entries: [good, { ...good, id: "not-a-uuid", durationSec: -1 }, good, "nonsense"],
        pieces: [{ ...piece, status: "mastered" }],
        scores: [],
      },
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.accepted.practice_entries).toEqual([good]);
    expect(result.accepted.goals).toEqual([]);
    expect(result.ignoredCollections).toEqual(["scores"]);
    expect(result.rejected.map(({ collection, index, id }) => [collection, index, id])).toEqual([
      ["practice_entries", 1, "not-a-uuid"],
      ["practice_entries", 2, good.id],
      ["practice_entries", 3, undefined],
      ["pieces", 0, piece.id],
    ]);
    expect(result.rejected[0]?.reasons.some((reason) => reason.startsWith("durationSec"))).toBe(true);
    expect(result.rejected[1]?.reasons).toEqual(["id: appears twice in the file"]);
  });

  test("refuses files that are not a version-1 Mirubato export", () => {
    expect(readJsonImportText("{oops")).toEqual({ ok: false, error: "the file is not JSON" });
    expect(readJsonImport({ format: "other" })).toEqual({ ok: false, error: "not a Mirubato export" });
    expect(readJsonImport({ format: "mirubato-export", version: 2 })).toEqual({
      ok: false,
      error: "unsupported export version 2",
    });
    expect(readJsonImport({ format: "mirubato-export", version: 1, collections: { pieces: {} } })).toEqual({
      ok: false,
      error: "collections.pieces is not a list",
    });
  });
});
