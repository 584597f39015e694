import { expect, test } from "vitest";
import { pieceContent } from "./testing/piece-content";
import { useRepositoryFixture } from "./testing/repository-fixture";

const content = pieceContent;

const setup = useRepositoryFixture();

test("creates a document with a stamp on every field and stores it", async () => {
  const { database, repository } = await setup();
  const result = await repository.createDocument("pieces", content);
  if (!result.ok) throw new Error(result.error.message);
  expect(Object.keys(result.document.clocks).sort()).toEqual([...Object.keys(content), "_deleted"].sort());
  const stored = await database.pieces.findOne(result.document.id).exec();
  expect(stored?.title).toBe("Clair de lune");
});

test("an update stamps only the changed fields, with a later stamp", async () => {
  const { repository, advance } = await setup();
  const created = await repository.createDocument("pieces", content);
  if (!created.ok) throw new Error(created.error.message);
  advance(1000);
  const updated = await repository.updateDocument("pieces", created.document.id, { notes: "slow practice" });
  if (!updated.ok) throw new Error(updated.error.message);
  const before = created.document.clocks;
  const after = updated.document.clocks;
  expect(updated.document.notes).toBe("slow practice");
  expect((after.notes ?? "") > (before.notes ?? "")).toBe(true);
  expect(after.title).toBe(before.title);
});

test("a delete writes a stamped tombstone that queries no longer return", async () => {
  const { database, repository, advance } = await setup();
  const created = await repository.createDocument("pieces", content);
  if (!created.ok) throw new Error(created.error.message);
  advance(1000);
  const deleted = await repository.deleteDocument("pieces", created.document.id);
  if (!deleted.ok) throw new Error(deleted.error.message);
  expect(deleted.document._deleted).toBe(true);
  expect((deleted.document.clocks._deleted ?? "") > (created.document.clocks._deleted ?? "")).toBe(true);
  expect(await database.pieces.find().exec()).toEqual([]);
});

test("rejects content the schema refuses and writes nothing", async () => {
  const { database, repository } = await setup();
  const result = await repository.createDocument("pieces", { ...content, title: "" });
  expect(result.ok ? "written" : result.error.code).toBe("invalid_document");
  expect(await database.pieces.count().exec()).toBe(0);
});

test("updating a missing document reports not_found", async () => {
  const { repository } = await setup();
  const result = await repository.updateDocument("pieces", "01900000-0000-7000-8000-000000000000", {
    notes: "x",
  });
  expect(result.ok ? "written" : result.error.code).toBe("not_found");
});

test("a new document is pending from the call until its write has settled; a failed one never lingers", async () => {
  const { repository, pendingWrites } = await setup();
  const writing = repository.createDocument("pieces", content);
  const [shown] = pendingWrites.documentsOf("pieces");
  const written = await writing;
  if (!written.ok) throw new Error(written.error.message);
  expect(shown).toEqual(written.document);
  const { id } = written.document;

  // The same id again: RxDB refuses the insert (a conflict), so the second copy is not shown.
  const again = repository.createDocument("pieces", { ...content, title: "Rêverie" }, { id });
  expect(pendingWrites.documentsOf("pieces")).toHaveLength(2);
  await expect(again).rejects.toThrow();
  expect(pendingWrites.documentsOf("pieces").map((piece) => piece.title)).toEqual(["Clair de lune"]);
});

test("an update and a delete are pending with exactly the stamped versions they store", async () => {
  const { database, repository, pendingWrites, advance } = await setup();
  const created = await repository.createDocument("pieces", content);
  if (!created.ok) throw new Error(created.error.message);
  advance(1000);
  const updated = await repository.updateDocument("pieces", created.document.id, { notes: "slow practice" });
  if (!updated.ok) throw new Error(updated.error.message);
  expect(pendingWrites.documentsOf("pieces").at(-1)).toEqual(updated.document);
  advance(1000);
  const deleted = await repository.deleteDocument("pieces", created.document.id);
  if (!deleted.ok) throw new Error(deleted.error.message);
  expect(pendingWrites.documentsOf("pieces").at(-1)).toEqual(deleted.document);
  expect(await database.pieces.findOne(created.document.id).exec()).toBeNull();
});
