/**
 * RxDB's `pull.stream$` for one collection, fed by the engine's pull triggers.
 *
 * - `RESYNC` (relay reconnected, online, focus, the periodic pull) passes through: RxDB re-scans
 *   local changes for its upstream and pulls from the checkpoint it has stored.
 * - `POKE` (another device pushed to this collection) is answered here: we pull from the newest
 *   checkpoint already handed to RxDB and emit each page as a stream event. RxDB stores it like
 *   any pull, but skips what a RESYNC costs first: its upstream's re-scan (which its downstream
 *   waits for) and the read of its checkpoint from IndexedDB, together about 20 ms before the
 *   request could even start.
 *
 * Until a page has been handed over since the last RESYNC, or when a poke's pull fails, a poke
 * falls back to RESYNC, so RxDB's own checkpoint and retries stay the source of truth.
 */
import type { SyncedDocument } from "@mirubato/domain";
import type { SyncCheckpoint } from "@mirubato/sync-protocol";
import type { RxReplicationPullStreamItem } from "rxdb";
import { Observable } from "rxjs";
import type { FetchPage, PullPage } from "./first-pull";

export type PullTrigger = "RESYNC" | "POKE";

export interface PokePullOptions<Doc extends SyncedDocument> {
  readonly triggers$: Observable<PullTrigger>;
  readonly pull: FetchPage<Doc>;
  readonly limit: number;
  /** Whether RxDB keeps what it is handed (not paused, stopped or cancelled). */
  readonly isRunning: () => boolean;
}

export interface PokePull<Doc extends SyncedDocument> {
  readonly stream$: Observable<RxReplicationPullStreamItem<Doc, SyncCheckpoint>>;
  /** Passes a page RxDB's own pull handler answers with, noting its checkpoint. */
  handOver(page: PullPage<Doc>): PullPage<Doc>;
}

/**
 * @example
 * const pokePull = createPokePull({ triggers$, pull, limit: 1000, isRunning });
 * replicateRxCollection({ pull: { stream$: pokePull.stream$, handler: (cp, limit) => pull(cp, limit).then(pokePull.handOver) } });
 */
export function createPokePull<Doc extends SyncedDocument>(options: PokePullOptions<Doc>): PokePull<Doc> {
  const { pull, limit, isRunning } = options;
  /** The checkpoint of the newest page handed to RxDB since the last RESYNC. */
  let latest: SyncCheckpoint | null = null;
  let isPulling = false;
  let isPokedAgain = false;

  const note = (checkpoint: SyncCheckpoint) => {
    if (isRunning() && (latest === null || checkpoint.seq > latest.seq)) latest = checkpoint;
  };

  async function pullAnnounced(emit: (item: RxReplicationPullStreamItem<Doc, SyncCheckpoint>) => void) {
    if (isPulling) {
      isPokedAgain = true;
      return;
    }
    isPulling = true;
    try {
      do {
        isPokedAgain = false;
        let from = latest;
        for (;;) {
          if (from === null || !isRunning()) return emit("RESYNC");
          let page: PullPage<Doc>;
          try {
            page = await pull(from, limit);
          } catch {
            latest = null;
            return emit("RESYNC");
          }
          if (page.documents.length === 0) break;
          note(page.checkpoint);
          emit({ documents: page.documents, checkpoint: page.checkpoint });
          if (page.documents.length < limit) break;
          from = page.checkpoint;
        }
      } while (isPokedAgain);
    } finally {
      isPulling = false;
    }
  }

  const stream$ = new Observable<RxReplicationPullStreamItem<Doc, SyncCheckpoint>>((subscriber) => {
    const emit = (item: RxReplicationPullStreamItem<Doc, SyncCheckpoint>) => subscriber.next(item);
    const subscription = options.triggers$.subscribe((trigger) => {
      if (trigger === "POKE") return void pullAnnounced(emit);
      latest = null;
      emit("RESYNC");
    });
    return () => subscription.unsubscribe();
  });

  return {
    stream$,
    handOver(page) {
      note(page.checkpoint);
      return page;
    },
  };
}
