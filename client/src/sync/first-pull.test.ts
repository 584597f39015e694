import { createHlcClock, stampChange } from "@mirubato/domain";
import { createTestPiece } from "@mirubato/domain/testing";
import { collectionSchemas, type PieceDoc } from "@mirubato/schema";
import { afterEach, expect, test } from "vitest";
import { holdsServerStateByOrigin } from "./first-pull";
import { createFakeSyncServer, type FakeSyncServer } from "./testing/fake-sync-server";
import { createTestDevice, pieceContent, type TestDevice, waitUntil } from "./testing/test-device";

// The first pull (first-pull.ts) through the whole engine: real RxDB on Dexie (fake-indexeddb)
// against the in-process sync server, in pages of 10 so that 25 documents take three pages.

const pageSize = 10;
let devices: TestDevice[] = [];
afterEach(async () => {
  await Promise.all(devices.map((device) => device.dispose()));
  devices = [];
});

async function device(server: FakeSyncServer, id = "deviceB"): Promise<TestDevice> {
  const created = await createTestDevice(server, id);
  devices.push(created);
  return created;
}

function serverWithPieces(count: number): { server: FakeSyncServer; pieces: PieceDoc[] } {
  const server = createFakeSyncServer();
  const pieces = Array.from({ length: count }, (_, index) =>
    createTestPiece({ title: `Étude ${index + 1}` }),
  );
  for (const piece of pieces) server.write("pieces", piece);
  return { server, pieces };
}

async function inSync(on: TestDevice): Promise<void> {
  expect(await on.engine().awaitInSync(5000)).toBe(true);
}

/** A device that has just made its first pull of `count` pieces from the server. */
async function firstPulled(count: number) {
  const { server, pieces } = serverWithPieces(count);
  const b = await device(server);
  b.startSync({ pullBatchSize: pageSize });
  await waitUntil(async () => (await b.database.pieces.count().exec()) === count);
  await inSync(b);
  return { server, pieces, b };
}

async function titlesOn(on: TestDevice): Promise<string[]> {
  const docs = await on.database.pieces.find().exec();
  return docs.map((doc) => doc.title).sort();
}

/** `piece` as another device changes it later: fresh stamps on the changed fields. */
function changedElsewhere(piece: PieceDoc, change: Partial<PieceDoc>): PieceDoc {
  const clock = createHlcClock({ deviceId: "deviceC", now: () => Date.parse("2026-03-05T10:00:00.000Z") });
  return collectionSchemas.pieces.parse(stampChange(piece, change, clock));
}

test("the first pull stores every page, pushes nothing back, and later pulls go on from its checkpoint", async () => {
  const { server, pieces, b } = await firstPulled(25);
  expect(await titlesOn(b)).toEqual(pieces.map((piece) => piece.title).sort());
  expect(server.pushCount()).toBe(0);
  expect(server.pullCheckpoints()).toEqual([null, 10, 20]);

  server.write("pieces", createTestPiece({ title: "Prélude" }));
  b.engine().reSync();
  await waitUntil(async () => (await b.database.pieces.count().exec()) === 26);
  expect(server.pullCheckpoints().slice(3)).toEqual([25]);
  expect(server.pushCount()).toBe(0);
});

test("a document from the first pull that changes on another device arrives here", async () => {
  const { server, pieces, b } = await firstPulled(25);
  // One from the first page (stored by the first pull) and the last one (handed to RxDB).
  const [first, last] = [pieces[0], pieces[24]] as [PieceDoc, PieceDoc];
  server.write("pieces", changedElsewhere(first, { notes: "fingering changed on the phone" }));
  server.write("pieces", changedElsewhere(last, { title: "Étude 25 (revised)" }));
  b.engine().reSync();
  await waitUntil(
    async () => (await b.database.pieces.findOne(last.id).exec())?.title === "Étude 25 (revised)",
  );
  expect((await b.database.pieces.findOne(first.id).exec())?.notes).toBe("fingering changed on the phone");
});

test("a local edit of a document from the first pull is pushed and merged with a change made elsewhere", async () => {
  const { server, pieces, b } = await firstPulled(25);
  const piece = pieces[3] as PieceDoc;
  server.write("pieces", changedElsewhere(piece, { composer: "Chopin" }));
  b.advance(10 * 24 * 3600 * 1000);
  await b.repository.updateDocument("pieces", piece.id, { notes: "slow practice first" });
  await inSync(b);
  b.engine().reSync();
  await inSync(b);
  const onServer = server.documents("pieces").find((doc) => doc.id === piece.id);
  expect(onServer).toMatchObject({ composer: "Chopin", notes: "slow practice first" });
  await waitUntil(async () => (await b.database.pieces.findOne(piece.id).exec())?.composer === "Chopin");
  expect((await b.database.pieces.findOne(piece.id).exec())?.notes).toBe("slow practice first");
});

test("a first pull cut off by the network goes on from the last stored page", async () => {
  const { server } = serverWithPieces(25);
  const b = await device(server);
  // The third page fails once: the retry asks for it again, not for the whole collection.
  server.failPullAt(2);
  b.startSync({ pullBatchSize: pageSize });
  await waitUntil(async () => (await b.database.pieces.count().exec()) === 25);
  await inSync(b);
  expect(server.pullCheckpoints()).toEqual([null, 10, 20, 20]);
  expect(server.pushCount()).toBe(0);
});

test("a document this browser already has is merged by RxDB, not overwritten", async () => {
  const { server } = serverWithPieces(5);
  const b = await device(server);
  // Made here before sign-in; the server has the same piece with a change made on another device.
  const created = await b.repository.createDocument("pieces", pieceContent);
  if (!created.ok) throw new Error(created.error.message);
  server.write("pieces", changedElsewhere(created.document, { composer: "Debussy" }));
  b.advance(30 * 24 * 3600 * 1000);
  await b.repository.updateDocument("pieces", created.document.id, { notes: "from this browser" });
  b.startSync({ pullBatchSize: pageSize });
  await waitUntil(async () => (await b.database.pieces.count().exec()) === 6);
  await inSync(b);
  b.engine().reSync();
  await inSync(b);
  const onServer = server.documents("pieces").find((doc) => doc.id === created.document.id);
  expect(onServer).toMatchObject({ composer: "Debussy", notes: "from this browser" });
  const here = await b.database.pieces.findOne(created.document.id).exec();
  expect(here?.toJSON()).toMatchObject({ composer: "Debussy", notes: "from this browser" });
});

test("a stored document holds the server state by its origin marker until it is written again here", () => {
  const marker = { _rev: 1, hash: "replication-hash" };
  const stored = { _rev: "1-token", _meta: { lwt: 1, o: marker } };
  expect(holdsServerStateByOrigin(stored, "replication-hash")).toBe(true);
  expect(holdsServerStateByOrigin({ ...stored, _rev: "2-token" }, "replication-hash")).toBe(false);
  expect(holdsServerStateByOrigin(stored, "another-replication")).toBe(false);
  expect(holdsServerStateByOrigin({ _rev: "1-token", _meta: { lwt: 1 } }, "replication-hash")).toBe(false);
});
