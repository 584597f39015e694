import { mergeDocuments } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { expect, test } from "vitest";
import { createDocumentRestorer } from "./restore-document";
import { pieceContent } from "./testing/piece-content";
import { useRepositoryFixture } from "./testing/repository-fixture";

const openRepository = useRepositoryFixture();

async function setup() {
  const fixture = await openRepository();
  return { ...fixture, restoreDocument: createDocumentRestorer(fixture.database, fixture.clock) };
}

async function createDeletedPiece(setupResult: Awaited<ReturnType<typeof setup>>) {
  const { repository, advance } = setupResult;
  const created = await repository.createDocument("pieces", pieceContent);
  if (!created.ok) throw new Error(created.error.message);
  advance(1000);
  const edited = await repository.updateDocument("pieces", created.document.id, { notes: "slow hands" });
  if (!edited.ok) throw new Error(edited.error.message);
  advance(1000);
  const deleted = await repository.deleteDocument("pieces", created.document.id);
  if (!deleted.ok) throw new Error(deleted.error.message);
  advance(1000);
  return { created: created.document, edited: edited.document, tombstone: deleted.document };
}

test("brings a deleted document back exactly as it was, with only the tombstone restamped", async () => {
  const context = await setup();
  const { edited, tombstone } = await createDeletedPiece(context);
  const result = await context.restoreDocument("pieces", tombstone.id);
  if (!result.ok) throw new Error(result.error.message);
  const restored = result.document;
  expect(restored._deleted).toBe(false);
  expect(restored.createdAt).toBe(edited.createdAt);
  expect(restored.notes).toBe("slow hands");
  expect((restored.clocks._deleted ?? "") > (tombstone.clocks._deleted ?? "")).toBe(true);
  const { _deleted: _restoredStamp, ...otherStamps } = restored.clocks;
  const { _deleted: _tombstoneStamp, ...tombstoneStamps } = tombstone.clocks;
  expect(otherStamps).toEqual(tombstoneStamps);
  const found = await context.database.pieces.findOne(tombstone.id).exec();
  expect(found?.notes).toBe("slow hands");
});

test("the restore wins over the delete on a device that only saw the delete", async () => {
  const context = await setup();
  const { tombstone } = await createDeletedPiece(context);
  const result = await context.restoreDocument("pieces", tombstone.id);
  if (!result.ok) throw new Error(result.error.message);
  expect(mergeDocuments<PieceDoc>(tombstone, result.document)._deleted).toBe(false);
  expect(mergeDocuments<PieceDoc>(result.document, tombstone)._deleted).toBe(false);
});

test("a restored document can be edited and deleted again through the repository", async () => {
  const context = await setup();
  const { tombstone } = await createDeletedPiece(context);
  await context.restoreDocument("pieces", tombstone.id);
  const updated = await context.repository.updateDocument("pieces", tombstone.id, {
    notes: "hands together",
  });
  expect(updated.ok && updated.document.notes).toBe("hands together");
  const deletedAgain = await context.repository.deleteDocument("pieces", tombstone.id);
  expect(deletedAgain.ok && deletedAgain.document._deleted).toBe(true);
  const restoredAgain = await context.restoreDocument("pieces", tombstone.id);
  expect(restoredAgain.ok && restoredAgain.document.notes).toBe("hands together");
});

test("restoring a live document writes nothing", async () => {
  const context = await setup();
  const created = await context.repository.createDocument("pieces", pieceContent);
  if (!created.ok) throw new Error(created.error.message);
  const before = await context.database.pieces.storageInstance.findDocumentsById([created.document.id], true);
  const result = await context.restoreDocument("pieces", created.document.id);
  expect(result.ok && result.document).toEqual(created.document);
  const after = await context.database.pieces.storageInstance.findDocumentsById([created.document.id], true);
  expect(after[0]?._rev).toBe(before[0]?._rev);
});

test("restoring an unknown id reports not_found", async () => {
  const context = await setup();
  const result = await context.restoreDocument("pieces", "01900000-0000-7000-8000-000000000000");
  expect(result.ok ? "written" : result.error.code).toBe("not_found");
});
