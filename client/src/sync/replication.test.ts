import { createHlcClock, stampChange } from "@mirubato/domain";
import { collectionSchemas } from "@mirubato/schema";
import { afterEach, expect, test } from "vitest";
import { withDeviceId } from "./replication";
import { createFakeSyncServer, type FakeSyncServer } from "./testing/fake-sync-server";
import { createTestDevice, pieceContent, type TestDevice, waitUntil } from "./testing/test-device";

let devices: TestDevice[] = [];
afterEach(async () => {
  await Promise.all(devices.map((device) => device.dispose()));
  devices = [];
});

async function device(server: FakeSyncServer, id: string): Promise<TestDevice> {
  const created = await createTestDevice(server, id);
  devices.push(created);
  return created;
}

async function createPiece(on: TestDevice): Promise<string> {
  const result = await on.repository.createDocument("pieces", pieceContent);
  if (!result.ok) throw new Error(result.error.message);
  return result.document.id;
}

async function pieceOn(on: TestDevice, id: string) {
  return (await on.database.pieces.findOne(id).exec())?.toJSON();
}

/** Two syncing devices that both have one piece made on `a`. */
async function syncedPairWithPiece() {
  const server = createFakeSyncServer();
  const [a, b] = [await device(server, "deviceA"), await device(server, "deviceB")];
  a.startSync();
  b.startSync();
  const id = await createPiece(a);
  await settle(a, b);
  return { server, a, b, id };
}

async function settle(...on: TestDevice[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const each of on) {
      each.engine().reSync();
      expect(await each.engine().awaitInSync(5000)).toBe(true);
    }
  }
}

test("a piece made before sign-in is pushed on first sign-in and reaches the other device", async () => {
  const server = createFakeSyncServer();
  const [a, b] = [await device(server, "deviceA"), await device(server, "deviceB")];
  const id = await createPiece(a);
  a.startSync();
  b.startSync();
  await settle(a, b);
  expect(server.documents("pieces").map((doc) => doc.id)).toEqual([id]);
  expect((await pieceOn(b, id))?.title).toBe("Clair de lune");
});

test("offline edits to different fields both survive; the same field keeps the later stamp", async () => {
  const { server, a, b, id } = await syncedPairWithPiece();
  server.setUnreachable(true);
  a.advance(1000);
  await a.repository.updateDocument("pieces", id, { notes: "from A", targetTempoBpm: 60 });
  b.advance(2000);
  await b.repository.updateDocument("pieces", id, { title: "Clair de lune (B)", targetTempoBpm: 72 });
  server.setUnreachable(false);
  await settle(a, b, a);
  for (const each of [a, b]) {
    expect(await pieceOn(each, id)).toMatchObject({
      notes: "from A",
      title: "Clair de lune (B)",
      targetTempoBpm: 72,
    });
  }
});

test("a change pulled while a push is in flight is merged, not lost", async () => {
  const server = createFakeSyncServer();
  const [a, b] = [await device(server, "deviceA"), await device(server, "deviceB")];
  a.startSync();
  const id = await createPiece(a);
  await settle(a);
  b.startSync();
  await settle(b);
  const release = server.holdPushes();
  a.advance(1000);
  await a.repository.updateDocument("pieces", id, { notes: "A, in flight" });
  await waitUntil(() => server.pushCount() > 1);
  release();
  b.advance(500);
  await b.repository.updateDocument("pieces", id, { catalogue: "L. 75" });
  await settle(b, a, b);
  for (const each of [a, b]) {
    expect(await pieceOn(each, id)).toMatchObject({ notes: "A, in flight", catalogue: "L. 75" });
  }
});

test("writes made while replication is paused are pushed after it resumes", async () => {
  const server = createFakeSyncServer();
  const a = await device(server, "deviceA");
  const engine = a.startSync();
  await settle(a);
  await Promise.all(engine.replications.map((replication) => replication.pause()));
  const id = await createPiece(a);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(server.documents("pieces")).toEqual([]);
  await Promise.all(engine.replications.map((replication) => replication.start()));
  await settle(a);
  expect(server.documents("pieces").map((doc) => doc.id)).toEqual([id]);
});

test("after an outage the device reports offline, then catches up by itself", async () => {
  const server = createFakeSyncServer();
  const a = await device(server, "deviceA");
  a.startSync();
  await settle(a);
  server.setUnreachable(true);
  const id = await createPiece(a);
  await waitUntil(() => a.status.getStatus().phase === "offline");
  expect(a.status.getStatus().pendingCount).toBe(1);
  server.setUnreachable(false);
  await waitUntil(() => server.documents("pieces").length === 1);
  await waitUntil(() => a.status.getStatus().phase === "idle");
  expect(a.status.getStatus().pendingCount).toBe(0);
  expect(a.status.getStatus().error).toBeUndefined();
  expect(server.documents("pieces")[0]?.id).toBe(id);
});

test("a malformed pull response is never written and replication recovers", async () => {
  const server = createFakeSyncServer();
  const a = await device(server, "deviceA");
  a.startSync();
  await settle(a);
  server.sendMalformedPulls(1);
  a.engine().reSync();
  await waitUntil(() => a.status.getStatus().error?.code === "invalid_response");
  await waitUntil(() => a.status.getStatus().phase === "idle");
  expect(await a.database.pieces.count().exec()).toBe(0);
});

test("a 401 stops replication and reports being signed out elsewhere", async () => {
  const server = createFakeSyncServer();
  const a = await device(server, "deviceA");
  a.startSync();
  await settle(a);
  server.setUnauthorized(true);
  await createPiece(a);
  await waitUntil(() => a.status.getStatus().phase === "signed-out");
  expect(a.status.getStatus().error?.action).toBe("sign-in");
  const pushesAfterStop = server.pushCount();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(server.pushCount()).toBe(pushesAfterStop);
});

test("a merge with another device's changes is announced", async () => {
  const { a, b, id } = await syncedPairWithPiece();
  const merged: string[] = [];
  a.engine().merged$.subscribe((change) => merged.push(change.id));
  await Promise.all(a.engine().replications.map((replication) => replication.pause()));
  b.advance(1000);
  await b.repository.updateDocument("pieces", id, { notes: "B" });
  await settle(b);
  a.advance(1000);
  await a.repository.updateDocument("pieces", id, { title: "A title" });
  await Promise.all(a.engine().replications.map((replication) => replication.start()));
  await settle(a, b);
  expect(await pieceOn(a, id)).toMatchObject({ notes: "B", title: "A title" });
  expect(merged).toContain(id);
});

test("every push names the device, so the relay does not poke it about its own change", async () => {
  const server = createFakeSyncServer();
  const a = await device(server, "deviceA");
  a.startSync();
  await createPiece(a);
  await settle(a);
  expect(server.pushDeviceIds().length).toBeGreaterThan(0);
  expect(new Set(server.pushDeviceIds())).toEqual(new Set(["deviceA"]));
});

test("a relay poke pulls another device's change from the last checkpoint, once", async () => {
  const server = createFakeSyncServer();
  const [a, b] = [await device(server, "deviceA"), await device(server, "deviceB")];
  let poke: (collection: "pieces") => void = () => {};
  a.startSync();
  b.startSync({
    createRelay: (handlers) => {
      poke = handlers.onPoke;
      return { start: () => {}, stop: () => {}, isConnected: () => true };
    },
  });
  const id = await createPiece(a);
  await settle(a, b);
  const pullsBefore = server.pullCheckpoints().length;
  a.advance(1000);
  await a.repository.updateDocument("pieces", id, { notes: "poked" });
  expect(await a.engine().awaitInSync(5000)).toBe(true);
  poke("pieces");
  await waitUntil(async () => (await pieceOn(b, id))?.notes === "poked");
  expect(server.pullCheckpoints().slice(pullsBefore)).toHaveLength(1);
  expect(server.pullCheckpoints().at(-1)).not.toBeNull();
});

test("withDeviceId adds x-device-id and keeps the other headers", async () => {
  const seen: Headers[] = [];
  const fetchFn = withDeviceId(async (_input, init) => {
    seen.push(new Headers(init?.headers));
    return new Response("{}");
  }, "device_1");
  await fetchFn("/api/sync/pieces/push", { method: "POST", headers: { "content-type": "application/json" } });
  expect(seen[0]?.get("x-device-id")).toBe("device_1");
  expect(seen[0]?.get("content-type")).toBe("application/json");
});

test("a change that arrives on the stream while this device's push is in flight is merged, not lost", async () => {
  const { server, a, id } = await syncedPairWithPiece();
  const release = server.holdPushes();
  const pushesBefore = server.pushCount();
  a.advance(1000);
  await a.repository.updateDocument("pieces", id, { notes: "A, in flight" });
  await waitUntil(() => server.pushCount() > pushesBefore);
  // Another device commits a change to another field meanwhile, and its poke reaches A.
  const stored = collectionSchemas.pieces.parse(server.documents("pieces").find((doc) => doc.id === id));
  const otherClock = createHlcClock({
    deviceId: "deviceC",
    now: () => Date.parse("2026-03-01T10:00:05.000Z"),
  });
  server.write("pieces", stampChange(stored, { catalogue: "L. 75" }, otherClock));
  a.engine().reSync();
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  await settle(a, a);
  const onServer = server.documents("pieces").find((doc) => doc.id === id);
  expect(onServer).toMatchObject({ notes: "A, in flight", catalogue: "L. 75" });
  // RxDB's toJSON() leaves out the deletion flag.
  expect({ ...(await pieceOn(a, id)), _deleted: false }).toEqual(onServer);
});

test("a sync request that hangs is abandoned after the timeout, so the next push is not held", async () => {
  const hanging = withDeviceId(
    (_input, init) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
      }),
    "device_1",
    20,
  );
  await expect(hanging("/api/sync/pieces/push", { method: "POST" })).rejects.toThrow();
});
