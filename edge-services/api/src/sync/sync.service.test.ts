import { createHlcClock, stampChange } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import type { RelayNotifier } from "../relay/relay-notifier";
import { MAX_PUSH_ATTEMPTS, pushChanges, type SyncDeps } from "./sync.service";
import type { SyncedDoc, SyncStore } from "./sync.store";
import { newPiece } from "./sync-test-client";

/** An in-memory store whose commit can be made to lose the race a number of times. */
function fakeStore(lostRaces: number) {
  const docs = new Map<string, SyncedDoc>();
  let seq = 0;
  let racesLeft = lostRaces;
  const commits: number[] = [];
  const store: SyncStore = {
    pull: async () => [],
    readForPush: async (_userId, _collection, ids) => ({
      seq,
      documents: new Map(
        ids.flatMap((id) => {
          const doc = docs.get(id);
          return doc === undefined ? [] : [[id, doc] as const];
        }),
      ),
    }),
    commit: async (_userId, _collection, expectedSeq, writes) => {
      commits.push(expectedSeq);
      if (racesLeft > 0) {
        racesLeft -= 1;
        seq += 1; // someone else committed in between
        return false;
      }
      for (const doc of writes) docs.set(doc.id, doc);
      seq = expectedSeq + writes.length;
      return true;
    },
    countByCollection: async () => ({}),
  };
  return { store, commits };
}

function depsWith(store: SyncStore) {
  const pokes: unknown[][] = [];
  const waited: Promise<unknown>[] = [];
  const relay: RelayNotifier = {
    poke: async (...args) => {
      pokes.push(args);
      return true;
    },
    checkLive: async () => undefined,
  };
  const deps: SyncDeps = { sync: store, relay, now: () => 0, waitUntil: (promise) => waited.push(promise) };
  return { deps, pokes, waited };
}

const clock = createHlcClock({ deviceId: "servicetest" });

describe("pushChanges", () => {
  test("re-reads and merges again when another push won the race", async () => {
    const { store, commits } = fakeStore(2);
    const { deps, pokes } = depsWith(store);
    const piece = newPiece(clock);
    const outcome = await pushChanges(deps, {
      userId: "u1",
      collection: "pieces",
      rows: [{ assumedMasterState: null, newDocumentState: piece }],
    });
    expect(commits).toEqual([0, 1, 2]);
    expect(outcome).toEqual({ conflicts: [], changed: 1, checkpoint: { seq: 3 } });
    expect(pokes).toEqual([["u1", "pieces", { seq: 3 }, undefined]]);
  });

  test("gives up with 409 conflict after repeated lost races, having written nothing", async () => {
    const { store, commits } = fakeStore(MAX_PUSH_ATTEMPTS);
    const { deps, pokes } = depsWith(store);
    const rows = [{ assumedMasterState: null, newDocumentState: newPiece(clock) }];
    await expect(pushChanges(deps, { userId: "u1", collection: "pieces", rows })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(commits).toHaveLength(MAX_PUSH_ATTEMPTS);
    expect(pokes).toEqual([]);
  });

  test("pokes the pusher's room after a commit, skipping the origin device, and never for a replay", async () => {
    const { store } = fakeStore(0);
    const { deps, pokes, waited } = depsWith(store);
    const piece = newPiece(clock);
    const input = {
      userId: "u2",
      collection: "pieces" as const,
      rows: [{ assumedMasterState: null, newDocumentState: piece }],
      originDeviceId: "phone",
    };
    await pushChanges(deps, input);
    const replay = await pushChanges(deps, input);
    expect(replay).toEqual({ conflicts: [], changed: 0, checkpoint: { seq: 1 } });
    const edit = stampChange(piece, { notes: "more" }, clock);
    await pushChanges(deps, { ...input, rows: [{ assumedMasterState: piece, newDocumentState: edit }] });
    expect(pokes).toEqual([
      ["u2", "pieces", { seq: 1 }, "phone"],
      ["u2", "pieces", { seq: 2 }, "phone"],
    ]);
    expect(waited).toHaveLength(2);
  });
});
