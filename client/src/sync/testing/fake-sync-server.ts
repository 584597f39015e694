import type { SyncedDocument } from "@mirubato/domain";
import { type CollectionName, collectionNameSchema } from "@mirubato/schema";
import {
  createPullResponseSchema,
  createPushRequestSchema,
  createPushResponseSchema,
  pullRequestSchema,
  resolvePushBatch,
} from "@mirubato/sync-protocol";
import type { Fetch } from "../../api/api-error";
import { createGate } from "./gate";

/**
 * In-process model of the API's sync routes for one user, built on the protocol's own schemas and
 * `resolvePushBatch` (like sync-protocol's `sync-server.model.ts`, but for every collection and
 * speaking HTTP through a `fetch`): one row per document, a per-user sequence number assigned on
 * every committed change, pulls in seq order. Faults can be switched on to test recovery.
 */
export interface FakeSyncServer {
  readonly fetch: Fetch;
  documents(collection: CollectionName): SyncedDocument[];
  /** `true`: every request fails as if the network were down. */
  setUnreachable(isUnreachable: boolean): void;
  /** `true`: every request answers 401 with the error envelope. */
  setUnauthorized(isUnauthorized: boolean): void;
  /** The next `count` pulls answer 200 with a body that breaks the contract. */
  sendMalformedPulls(count: number): void;
  /** Holds push requests until the returned function is called (a push "in flight"). */
  holdPushes(): () => void;
  /** Commits a document as if another device had pushed it. */
  write(collection: CollectionName, doc: SyncedDocument): void;
  readonly pushCount: () => number;
  /** The checkpoint `seq` of every pull so far, in order (`null` for a pull from the start). */
  readonly pullCheckpoints: () => readonly (number | null)[];
  /** The pull with this 0-based number (counting every pull so far) fails as if the network were down. */
  failPullAt(index: number): void;
  /** The `x-device-id` header of every push so far, in order (`null` when absent). */
  readonly pushDeviceIds: () => readonly (string | null)[];
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function createFakeSyncServer(): FakeSyncServer {
  const rows = new Map<string, { doc: SyncedDocument; seq: number; collection: CollectionName }>();
  let lastSeq = 0;
  let isUnreachable = false;
  let isUnauthorized = false;
  let malformedPulls = 0;
  const failingPulls = new Set<number>();
  const pullCheckpoints: (number | null)[] = [];
  let pushes = 0;
  const pushDeviceIds: (string | null)[] = [];
  const pushGate = createGate();

  const commit = (collection: CollectionName, doc: SyncedDocument) => {
    lastSeq += 1;
    rows.set(`${collection}/${doc.id}`, { doc, seq: lastSeq, collection });
  };

  const push = (collection: CollectionName, body: unknown) => {
    const request = createPushRequestSchema(collection).parse(body);
    const lookup = (id: string) => rows.get(`${collection}/${id}`)?.doc ?? null;
    const { writes, conflicts } = resolvePushBatch<SyncedDocument>(request.rows, lookup);
    for (const doc of writes) commit(collection, doc);
    return json(200, createPushResponseSchema(collection).parse({ conflicts }));
  };

  const pull = (collection: CollectionName, body: unknown) => {
    const request = pullRequestSchema.parse(body);
    pullCheckpoints.push(request.checkpoint?.seq ?? null);
    if (failingPulls.delete(pullCheckpoints.length - 1)) {
      throw new TypeError("Failed to fetch");
    }
    if (malformedPulls > 0) {
      malformedPulls -= 1;
      return json(200, { documents: [{ id: "not-a-document", title: 42 }], checkpoint: { seq: 999 } });
    }
    const after = request.checkpoint?.seq ?? 0;
    const page = [...rows.values()]
      .filter((row) => row.collection === collection && row.seq > after)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, request.limit);
    const checkpoint = { seq: page.at(-1)?.seq ?? after };
    return json(
      200,
      createPullResponseSchema(collection).parse({ documents: page.map((row) => row.doc), checkpoint }),
    );
  };

  return {
    async fetch(input, init) {
      if (isUnreachable) throw new TypeError("Failed to fetch");
      if (isUnauthorized) return json(401, { error: { code: "unauthorized", message: "no session" } });
      const match = /^\/api\/sync\/([a-z_]+)\/(pull|push)$/.exec(input);
      const collection = collectionNameSchema.parse(match?.[1]);
      const body: unknown = JSON.parse(typeof init?.body === "string" ? init.body : "null");
      if (match?.[2] === "pull") return pull(collection, body);
      pushes += 1;
      pushDeviceIds.push(new Headers(init?.headers).get("x-device-id"));
      await pushGate.passed();
      return push(collection, body);
    },
    documents: (collection) =>
      [...rows.values()].filter((row) => row.collection === collection).map((row) => row.doc),
    setUnreachable: (value) => {
      isUnreachable = value;
    },
    setUnauthorized: (value) => {
      isUnauthorized = value;
    },
    sendMalformedPulls: (count) => {
      malformedPulls = count;
    },
    holdPushes: () => pushGate.hold(),
    write: commit,
    pushCount: () => pushes,
    pullCheckpoints: () => pullCheckpoints,
    failPullAt: (index) => {
      failingPulls.add(index);
    },
    pushDeviceIds: () => pushDeviceIds,
  };
}
