/**
 * Runs sync for a signed-in user: one replication per collection, the relay socket feeding
 * `pull.stream$`, pulls on a timer while the relay is down and on `online`/focus/visibility, and
 * the status store. Created by the sync provider after `/api/auth/me` names a user.
 */
import { isJsonEqual } from "@mirubato/domain";
import { type CollectionName, collectionNameSchema } from "@mirubato/schema";
import { combineLatest, filter, map, type Observable, Subject, type Subscription } from "rxjs";
import { ApiError, type Fetch } from "../api/api-error";
import { collectionOf, type MirubatoDatabase } from "../db/database-types";
import { isStorageFullError } from "../db/storage-errors";
import { type PendingSource, trackPendingChanges } from "./pending-changes";
import type { PullTrigger } from "./poke-pull";
import { createPushLane } from "./push-lane";
import type { RelaySocket, RelaySocketOptions } from "./relay-socket";
import { type CollectionReplication, type RequestOutcome, replicateCollection } from "./replication";
import type { SyncStatusStore } from "./sync-status";

export interface MergedChange {
  readonly collection: CollectionName;
  readonly id: string;
}

/** What the engine (and tests) use of one collection's replication, independent of its type. */
export interface ReplicationHandle {
  readonly name: CollectionName;
  readonly active$: Observable<boolean>;
  readonly error$: Observable<unknown>;
  readonly merged$: Observable<MergedChange>;
  readonly pending: PendingSource;
  start(): Promise<void>;
  pause(): Promise<unknown>;
  cancel(): Promise<void>;
  awaitInSync(): Promise<true>;
}

function toHandle<Name extends CollectionName>(
  name: Name,
  replication: CollectionReplication<Name>,
): ReplicationHandle {
  return {
    name,
    active$: replication.active$,
    error$: replication.error$,
    // Every conflict the server reports is merged; the user hears of it when the merge changed
    // the local state, i.e. another device's changes came in.
    merged$: replication.conflict$.pipe(
      filter(({ input, output }) => !isJsonEqual(output, input.newDocumentState)),
      map(({ output }) => ({ collection: name, id: output.id })),
    ),
    pending: { name, changes$: replication.collection.eventBulks$, sent$: replication.sent$ },
    start: () => replication.start(),
    pause: () => replication.pause(),
    cancel: () => replication.cancel(),
    awaitInSync: () => replication.awaitInSync(),
  };
}

export interface SyncEngineOptions {
  readonly database: MirubatoDatabase;
  readonly userId: string;
  /** This device's id: pushes name it so the relay does not poke this device about them. */
  readonly deviceId?: string;
  readonly fetch: Fetch;
  readonly status: SyncStatusStore;
  /** Creates the relay socket; omitted in tests, where pulls are driven by `reSync()`. */
  readonly createRelay?: (
    handlers: Pick<RelaySocketOptions, "onConnected" | "onPoke" | "onConnectionChange" | "onUnauthorized">,
  ) => RelaySocket;
  /** Fires `online`, `focus` (window) — re-sync triggers. */
  readonly events?: EventTarget;
  /** Fires `visibilitychange` (document). */
  readonly visibility?: EventTarget & { readonly visibilityState: string };
  readonly pollIntervalMs?: number;
  readonly waitForLeadership?: boolean;
  readonly baseRetryMs?: number;
  /** Documents per pull request (tests page through small sets). */
  readonly pullBatchSize?: number;
}

export interface SyncEngine {
  /** Emits when a conflict was merged with changes from another device. */
  readonly merged$: Subject<MergedChange>;
  readonly replications: readonly ReplicationHandle[];
  reSync(): void;
  /** Resolves `true` once every local change is pushed, `false` after `timeoutMs` if not. */
  awaitInSync(timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

/**
 * Starts syncing every open collection of the database for `userId`.
 *
 * @example
 * const engine = startSyncEngine({ database, userId: user.id, fetch, status });
 * await engine.awaitInSync(10_000);
 */
export function startSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { database, status } = options;
  const names = Object.keys(database.collections).filter(isCollectionName);
  const streams = new Map(names.map((name) => [name, new Subject<PullTrigger>()]));
  const merged$ = new Subject<MergedChange>();
  const subscriptions: Subscription[] = [];
  let isRelayConnected = false;
  let isStopped = false;

  const onRequest = ({ ok, error }: RequestOutcome) => {
    if (ok) return status.update({ isServerReachable: true, lastError: null, lastSyncedAt: Date.now() });
    if (!(error instanceof ApiError) || error.code === "network")
      return status.update({ isServerReachable: false });
    if (error.code === "unauthorized") return;
    const code = error.code === "invalid_response" ? "invalid_response" : "server_error";
    status.update({ isServerReachable: true, lastError: { code, message: error.message } });
  };
  const handleUnauthorized = () => {
    status.update({ wasSignedOutElsewhere: true });
    for (const replication of replications) void replication.pause();
    relay?.stop();
  };
  const pushLane = createPushLane();
  const replications = names.map((name) =>
    toHandle(
      name,
      replicateCollection({
        collection: collectionOf(database, name),
        name,
        userId: options.userId,
        fetch: options.fetch,
        ...(options.deviceId === undefined ? {} : { deviceId: options.deviceId }),
        pullTriggers$: streams.get(name) ?? new Subject<PullTrigger>(),
        onUnauthorized: handleUnauthorized,
        onRequest,
        pushLane,
        ...(options.waitForLeadership === undefined ? {} : { waitForLeadership: options.waitForLeadership }),
        ...(options.baseRetryMs === undefined ? {} : { baseRetryMs: options.baseRetryMs }),
        ...(options.pullBatchSize === undefined ? {} : { pullBatchSize: options.pullBatchSize }),
      }),
    ),
  );
  const reSync = () => {
    if (isStopped) return;
    for (const stream of streams.values()) stream.next("RESYNC");
  };

  const relay = options.createRelay?.({
    onConnected: reSync,
    onPoke: (name) => streams.get(name)?.next("POKE"),
    onConnectionChange: (isConnected) => {
      isRelayConnected = isConnected;
    },
    onUnauthorized: handleUnauthorized,
  });
  relay?.start();

  const poll = setInterval(() => {
    if (!isRelayConnected) reSync();
  }, options.pollIntervalMs ?? 30_000);
  const onVisible = () => {
    if (options.visibility?.visibilityState === "visible") reSync();
  };
  options.events?.addEventListener("online", reSync);
  options.events?.addEventListener("focus", reSync);
  options.visibility?.addEventListener("visibilitychange", onVisible);

  subscriptions.push(
    combineLatest(replications.map((replication) => replication.active$))
      .pipe(map((active) => active.some(Boolean)))
      .subscribe((isReplicating) => status.update({ isReplicating })),
    ...replications.map((replication) => replication.merged$.subscribe(merged$)),
    ...replications.map((replication) =>
      replication.error$.subscribe((error) => {
        if (isStorageFullError(error)) status.update({ isStorageFull: true });
      }),
    ),
  );
  // Only the replicating (leader) tab sees pushes acknowledged; counting in other tabs would only grow.
  const isLeaderOnly = (options.waitForLeadership ?? true) && database.multiInstance;
  void (isLeaderOnly ? database.waitForLeadership() : Promise.resolve(true)).then(() => {
    if (isStopped) return;
    const pending = trackPendingChanges(replications.map((replication) => replication.pending));
    subscriptions.push(
      pending.subscription,
      pending.count$.subscribe((pendingCount) => status.update({ pendingCount })),
    );
  });
  status.update({ isSignedIn: true, wasSignedOutElsewhere: false });

  return {
    merged$,
    replications,
    reSync,
    async awaitInSync(timeoutMs) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const inSync = Promise.all(replications.map((replication) => replication.awaitInSync())).then(
        () => true,
      );
      const result = await Promise.race([inSync, timeout]);
      clearTimeout(timer);
      return result;
    },
    async stop() {
      isStopped = true;
      clearInterval(poll);
      options.events?.removeEventListener("online", reSync);
      options.events?.removeEventListener("focus", reSync);
      options.visibility?.removeEventListener("visibilitychange", onVisible);
      relay?.stop();
      for (const subscription of subscriptions) subscription.unsubscribe();
      await Promise.all(replications.map((replication) => replication.cancel()));
    },
  };
}

function isCollectionName(name: string): name is CollectionName {
  return collectionNameSchema.safeParse(name).success;
}
