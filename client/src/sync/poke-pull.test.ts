import type { SyncedDocument } from "@mirubato/domain";
import { createTestPiece } from "@mirubato/domain/testing";
import type { SyncCheckpoint } from "@mirubato/sync-protocol";
import type { RxReplicationPullStreamItem } from "rxdb";
import { Subject } from "rxjs";
import { expect, test } from "vitest";
import type { PullPage } from "./first-pull";
import { createPokePull, type PullTrigger } from "./poke-pull";
import { createGate } from "./testing/gate";

type Item = RxReplicationPullStreamItem<SyncedDocument, SyncCheckpoint>;

/** A server of `total` changes (seq 1…total) answering pulls in pages, with a log of each pull's start. */
function setup(options: { total?: number; limit?: number; isRunning?: () => boolean } = {}) {
  let total = options.total ?? 0;
  const docs = new Map<number, SyncedDocument>();
  const docAt = (seq: number) => {
    const doc = docs.get(seq) ?? createTestPiece({ title: `#${seq}` });
    docs.set(seq, doc);
    return doc;
  };
  const pulledFrom: (number | null)[] = [];
  let failNext = false;
  const gate = createGate();
  const limit = options.limit ?? 10;
  const triggers$ = new Subject<PullTrigger>();
  const pokePull = createPokePull<SyncedDocument>({
    triggers$,
    limit,
    isRunning: options.isRunning ?? (() => true),
    async pull(checkpoint, pageLimit): Promise<PullPage<SyncedDocument>> {
      pulledFrom.push(checkpoint?.seq ?? null);
      await gate.passed();
      if (failNext) {
        failNext = false;
        throw new TypeError("Failed to fetch");
      }
      const after = checkpoint?.seq ?? 0;
      const seqs = Array.from(
        { length: Math.max(0, Math.min(pageLimit, total - after)) },
        (_, i) => after + i + 1,
      );
      return { documents: seqs.map(docAt), checkpoint: { seq: seqs.at(-1) ?? after } };
    },
  });
  const emitted: Item[] = [];
  const subscription = pokePull.stream$.subscribe((item) => emitted.push(item));
  return {
    pokePull,
    emitted,
    pulledFrom,
    subscription,
    trigger: (trigger: PullTrigger) => triggers$.next(trigger),
    /** The server gets `count` more changes. */
    commit: (count: number) => {
      total += count;
    },
    failNextPull: () => {
      failNext = true;
    },
    holdPulls: () => gate.hold(),
    /** What RxDB's own handler would answer after a RESYNC: everything up to `seq`. */
    handOverUpTo: (seq: number) => pokePull.handOver({ documents: [docAt(seq)], checkpoint: { seq } }),
  };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function describeItems(items: readonly Item[]) {
  return items.map((item) =>
    item === "RESYNC" ? "RESYNC" : `${item.documents.length} docs to ${item.checkpoint.seq}`,
  );
}

test("RESYNC passes through to RxDB", () => {
  const { emitted, trigger } = setup();
  trigger("RESYNC");
  expect(emitted).toEqual(["RESYNC"]);
});

test("a poke before any page was handed over falls back to RESYNC, without a request", async () => {
  const { emitted, pulledFrom, trigger } = setup({ total: 3 });
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC"]);
  expect(pulledFrom).toEqual([]);
});

test("a poke pulls from the newest handed-over checkpoint and emits the page for RxDB to store", async () => {
  const { emitted, pulledFrom, trigger, commit, handOverUpTo } = setup({ total: 4 });
  handOverUpTo(4);
  commit(2);
  trigger("POKE");
  await settled();
  expect(pulledFrom).toEqual([4]);
  expect(describeItems(emitted)).toEqual(["2 docs to 6"]);
  // The emitted page moves the checkpoint on: the next poke starts after it.
  commit(1);
  trigger("POKE");
  await settled();
  expect(pulledFrom).toEqual([4, 6]);
  expect(describeItems(emitted)).toEqual(["2 docs to 6", "1 docs to 7"]);
});

test("a poke keeps pulling while pages come back full", async () => {
  const { emitted, pulledFrom, trigger, commit, handOverUpTo } = setup({ limit: 2 });
  handOverUpTo(0);
  commit(5);
  trigger("POKE");
  await settled();
  expect(pulledFrom).toEqual([0, 2, 4]);
  expect(describeItems(emitted)).toEqual(["2 docs to 2", "2 docs to 4", "1 docs to 5"]);
});

test("a poke whose pull fails hands over to RESYNC, and so does the next one until RxDB pulled again", async () => {
  const { emitted, pulledFrom, trigger, commit, failNextPull, handOverUpTo } = setup({ total: 1 });
  handOverUpTo(1);
  commit(1);
  failNextPull();
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC"]);
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC", "RESYNC"]);
  expect(pulledFrom).toEqual([1]);
  handOverUpTo(2);
  commit(1);
  trigger("POKE");
  await settled();
  expect(describeItems(emitted.slice(2))).toEqual(["1 docs to 3"]);
});

test("pokes during a pull lead to one more pull after it, never to two at once", async () => {
  const { emitted, pulledFrom, trigger, commit, holdPulls, handOverUpTo } = setup({ total: 1 });
  handOverUpTo(1);
  commit(1);
  const release = holdPulls();
  trigger("POKE");
  await settled();
  commit(1);
  trigger("POKE");
  trigger("POKE");
  await settled();
  expect(pulledFrom).toEqual([1]);
  release();
  await settled();
  await settled();
  expect(pulledFrom).toEqual([1, 3]);
  expect(describeItems(emitted)).toEqual(["2 docs to 3"]);
});

test("after a RESYNC a poke waits for RxDB's own pull before pulling by itself", async () => {
  const { emitted, pulledFrom, trigger, commit, handOverUpTo } = setup({ total: 2 });
  handOverUpTo(2);
  trigger("RESYNC");
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC", "RESYNC"]);
  expect(pulledFrom).toEqual([]);
  handOverUpTo(2);
  commit(1);
  trigger("POKE");
  await settled();
  expect(pulledFrom).toEqual([2]);
});

test("while RxDB is paused nothing is noted or pulled: pokes fall back to RESYNC", async () => {
  let isRunning = false;
  const { emitted, pulledFrom, trigger, handOverUpTo } = setup({ total: 2, isRunning: () => isRunning });
  handOverUpTo(2);
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC"]);
  isRunning = true;
  trigger("POKE");
  await settled();
  expect(emitted).toEqual(["RESYNC", "RESYNC"]);
  expect(pulledFrom).toEqual([]);
});

test("triggers reach nothing once RxDB unsubscribes", async () => {
  const { emitted, subscription, trigger } = setup();
  subscription.unsubscribe();
  trigger("RESYNC");
  expect(emitted).toEqual([]);
});
