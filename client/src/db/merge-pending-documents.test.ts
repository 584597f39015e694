import { createDocument, createHlcClock } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { afterEach, describe, expect, test } from "vitest";
import type { MirubatoDatabase } from "./database-types";
import { mergePendingDocuments } from "./merge-pending-documents";
import { pieceContent } from "./testing/piece-content";
import { createTestDatabase } from "./testing/test-database";

const clock = createHlcClock({ deviceId: "deviceA", now: () => Date.parse("2026-03-01T10:00:00.000Z") });
const piece = (title: string, extra: Partial<typeof pieceContent> = {}): PieceDoc =>
  createDocument({ ...pieceContent, ...extra, title }, clock);

let database: MirubatoDatabase | undefined;
afterEach(async () => {
  await database?.remove();
  database = undefined;
});

async function withStored(titles: string[]) {
  database = await createTestDatabase();
  const stored = titles.map((title) => piece(title, { composer: "Debussy" }));
  await database.pieces.bulkInsert(stored);
  return { pieces: database.pieces, stored };
}

describe("pending documents in a live query (real RxDB queries)", () => {
  test("a matching pending piece takes its place in the query's order", async () => {
    const { pieces } = await withStored(["Arabesque", "Nocturne"]);
    const query = pieces.find({ sort: [{ title: "asc" }] });
    const found = (await query.exec()).map((document) => document.toJSON());
    const gymnopedie = piece("Gymnopédie");
    expect(mergePendingDocuments(found, [gymnopedie], query).map((p) => p.title)).toEqual([
      "Arabesque",
      "Gymnopédie",
      "Nocturne",
    ]);
    const descending = pieces.find({ sort: [{ title: "desc" }] });
    const foundDescending = (await descending.exec()).map((document) => document.toJSON());
    expect(mergePendingDocuments(foundDescending, [gymnopedie], descending)[1]).toBe(gymnopedie);
  });

  test("the selector and the limit hold; ids the query holds and deleted documents are not added", async () => {
    const { pieces, stored } = await withStored(["Arabesque", "Nocturne"]);
    const byDebussy = pieces.find({ selector: { composer: "Debussy" }, sort: [{ title: "asc" }] });
    const found = (await byDebussy.exec()).map((document) => document.toJSON());
    expect(found).toHaveLength(2);
    const byRavel = piece("Ondine", { composer: "Ravel" });
    expect(mergePendingDocuments(found, [byRavel], byDebussy)).toBe(found);
    const [first] = stored;
    if (first === undefined) throw new Error("fixture");
    expect(mergePendingDocuments(found, [{ ...first, title: "stale" }], byDebussy)).toBe(found);
    expect(mergePendingDocuments(found, [{ ...piece("Clair de lune"), _deleted: true }], byDebussy)).toBe(
      found,
    );

    const firstOnly = pieces.find({ sort: [{ title: "asc" }], limit: 1 });
    const one = (await firstOnly.exec()).map((document) => document.toJSON());
    expect(mergePendingDocuments(one, [piece("Ballade")], firstOnly).map((p) => p.title)).toEqual([
      "Arabesque",
    ]);
    expect(mergePendingDocuments(one, [piece("Air")], firstOnly).map((p) => p.title)).toEqual(["Air"]);

    const skipping = pieces.find({ sort: [{ title: "asc" }], skip: 1 });
    const rest = (await skipping.exec()).map((document) => document.toJSON());
    expect(mergePendingDocuments(rest, [piece("Zz")], skipping)).toBe(rest);
  });
});

describe("pending edits and deletes in a live query", () => {
  const later = "2099-01-01T00:00:00.000Z-0000-deviceB";
  const edit = <Doc extends { readonly clocks: Readonly<Record<string, string>> }>(
    stored: Doc,
    fields: Partial<Doc>,
  ): Doc => ({
    ...stored,
    ...fields,
    clocks: { ...stored.clocks, ...Object.fromEntries(Object.keys(fields).map((field) => [field, later])) },
  });

  test("an edit replaces the stored document in the query's order until the query holds it", async () => {
    const { pieces } = await withStored(["Arabesque", "Nocturne"]);
    const query = pieces.find({ sort: [{ title: "asc" }] });
    const found = (await query.exec()).map((document) => document.toJSON());
    const [arabesque] = found;
    if (arabesque === undefined) throw new Error("fixture");
    const renamed = edit(arabesque, { title: "Prélude" });
    expect(mergePendingDocuments(found, [renamed], query).map((p) => p.title)).toEqual([
      "Nocturne",
      "Prélude",
    ]);
    const held = [found[1], renamed].filter((p) => p !== undefined);
    expect(mergePendingDocuments(held, [renamed], query)).toBe(held);
  });

  test("a deleted document, or one that no longer matches, leaves the query at once", async () => {
    const { pieces } = await withStored(["Arabesque", "Nocturne"]);
    const byDebussy = pieces.find({ selector: { composer: "Debussy" }, sort: [{ title: "asc" }] });
    const found = (await byDebussy.exec()).map((document) => document.toJSON());
    const [arabesque] = found;
    if (arabesque === undefined) throw new Error("fixture");
    expect(mergePendingDocuments(found, [edit(arabesque, { _deleted: true })], byDebussy)).toHaveLength(1);
    const byRavel = edit(arabesque, { composer: "Ravel" });
    expect(mergePendingDocuments(found, [byRavel], byDebussy).map((p) => p.title)).toEqual(["Nocturne"]);
  });
});
