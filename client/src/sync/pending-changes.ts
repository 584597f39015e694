/**
 * Counts local changes the server has not acknowledged yet, for "3 changes waiting to sync".
 *
 * How it is derived: a document becomes pending when a local write reaches the collection (any
 * write whose RxDB context is not a replication's own — so user writes from this tab and, through
 * the shared storage's events, from other tabs), remembering its per-field clocks. It stops being
 * pending when replication's `sent$` reports a pushed state whose clocks are at least those (a
 * merged state after a conflict has the per-field maximum, so it counts too). What it does not
 * see: changes left unpushed by an earlier session, or made before sign-in; replication pushes
 * those on start, and the status shows "syncing" meanwhile. Sign-out relies on RxDB's own
 * `awaitInSync()`, not on this count.
 */
import type { CollectionName } from "@mirubato/schema";
import { BehaviorSubject, type Observable, Subscription } from "rxjs";
import { z } from "zod";

const stampedSchema = z.object({ id: z.string(), clocks: z.record(z.string(), z.string()) });

export interface PendingSource {
  readonly name: CollectionName;
  /** The collection's `eventBulks$`. */
  readonly changes$: Observable<{
    readonly context: string;
    readonly events: readonly { readonly documentData: unknown }[];
  }>;
  /** The replication's `sent$`. */
  readonly sent$: Observable<unknown>;
}

function covers(sent: Readonly<Record<string, string>>, written: Readonly<Record<string, string>>): boolean {
  return Object.entries(written).every(([field, stamp]) => (sent[field] ?? "") >= stamp);
}

/**
 * Tracks pending changes over several collections.
 *
 * @example
 * const pending = trackPendingChanges(sources);
 * pending.count$.subscribe((count) => status.update({ pendingCount: count }));
 */
export function trackPendingChanges(sources: readonly PendingSource[]): {
  readonly count$: Observable<number>;
  readonly subscription: Subscription;
} {
  const pending = new Map<string, Readonly<Record<string, string>>>();
  const count$ = new BehaviorSubject(0);
  const publish = () => {
    if (count$.getValue() !== pending.size) count$.next(pending.size);
  };
  const subscriptions = sources.flatMap((source) => [
    source.changes$.subscribe((bulk) => {
      if (bulk.context.startsWith("replication-")) return;
      for (const event of bulk.events) {
        const doc = stampedSchema.safeParse(event.documentData);
        if (doc.success) pending.set(`${source.name}/${doc.data.id}`, doc.data.clocks);
      }
      publish();
    }),
    source.sent$.subscribe((sentDoc) => {
      const doc = stampedSchema.safeParse(sentDoc);
      if (!doc.success) return;
      const key = `${source.name}/${doc.data.id}`;
      const written = pending.get(key);
      if (written !== undefined && covers(doc.data.clocks, written)) pending.delete(key);
      publish();
    }),
  ]);
  const subscription = new Subscription();
  for (const child of subscriptions) subscription.add(child);
  return { count$: count$.asObservable(), subscription };
}
