import {
  createDocument,
  createHlcClock,
  type DocumentPatch,
  type HlcClock,
  isJsonEqual,
  mergeDocuments,
  stampChange,
} from "@mirubato/domain";
import type { PieceContent, PieceDoc } from "@mirubato/schema";
import type { SyncCheckpoint } from "./checkpoint";
import { pullResponseSchema, pushResponseSchema } from "./sync-server.model";

/** One field write as the model's oracle records it: `value` undefined means the field was cleared. */
export interface ModelWrite {
  readonly docId: string;
  readonly field: string;
  readonly stamp: string;
  readonly value: unknown;
}

/**
 * Test model of an RxDB replica: `fork` is the local state the UI reads and writes; `master` is
 * RxDB's assumedMasterState, the last server state the device knows per document. A document is
 * pending while its fork differs from its master. Push and pull are one request at a time each,
 * as RxDB runs them; a request whose response is lost is abandoned (it may still reach the server).
 */
export class ModelDevice {
  readonly clock: HlcClock;
  readonly fork = new Map<string, PieceDoc>();
  readonly master = new Map<string, PieceDoc>();
  checkpoint: SyncCheckpoint | null = null;
  isOnline = true;
  pushInFlight: { requestId: number; rows: PieceDoc[] } | null = null;
  pullInFlight: number | null = null;

  constructor(
    readonly deviceId: string,
    now: () => number,
    private readonly record: (write: ModelWrite) => void,
  ) {
    this.clock = createHlcClock({ deviceId, now });
  }

  create(content: PieceContent): void {
    this.write(createDocument(content, this.clock), undefined);
  }

  edit(index: number, patch: DocumentPatch<PieceDoc>): void {
    const ids = [...this.fork.keys()].sort();
    const id = ids[index % Math.max(ids.length, 1)];
    const doc = id === undefined ? undefined : this.fork.get(id);
    if (doc !== undefined) this.write(stampChange(doc, patch, this.clock), doc);
  }

  /** Documents to push, oldest id first, at most `limit`. */
  pendingRows(limit: number): PieceDoc[] {
    return [...this.fork.values()]
      .filter((doc) => !isJsonEqual(doc, this.master.get(doc.id)))
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  pushBody(rows: readonly PieceDoc[]): string {
    return JSON.stringify({
      rows: rows.map((doc) => ({
        assumedMasterState: this.master.get(doc.id) ?? null,
        newDocumentState: doc,
      })),
    });
  }

  /** RxDB's upstream: conflicts are merged into the fork (our conflict handler); others become master. */
  applyPushResponse(rows: readonly PieceDoc[], body: string): void {
    const conflicts = new Map(
      pushResponseSchema.parse(JSON.parse(body)).conflicts.map((doc) => [doc.id, doc]),
    );
    for (const sent of rows) {
      const conflict = conflicts.get(sent.id);
      if (conflict === undefined) {
        this.master.set(sent.id, sent);
        continue;
      }
      this.observe(conflict);
      this.master.set(conflict.id, conflict);
      const local = this.fork.get(conflict.id);
      this.fork.set(conflict.id, local === undefined ? conflict : mergeDocuments(local, conflict));
    }
  }

  /** RxDB's downstream: a document with no local changes takes the server state; others wait for push. */
  applyPullResponse(body: string): number {
    const response = pullResponseSchema.parse(JSON.parse(body));
    for (const doc of response.documents) {
      this.observe(doc);
      const local = this.fork.get(doc.id);
      if (local === undefined || isJsonEqual(local, this.master.get(doc.id))) {
        this.fork.set(doc.id, doc);
        this.master.set(doc.id, doc);
      }
    }
    this.checkpoint = response.checkpoint;
    return response.documents.length;
  }

  private observe(doc: PieceDoc): void {
    for (const stamp of Object.values(doc.clocks)) this.clock.observe(stamp);
  }

  private write(next: PieceDoc, previous: PieceDoc | undefined): void {
    const fields = new Map<string, unknown>(Object.entries(next));
    for (const [field, stamp] of Object.entries(next.clocks)) {
      const before = previous?.clocks[field];
      if (stamp === before) continue;
      // The oracle's invariant: a device's edit always beats the stamp it edited over.
      if (before !== undefined && stamp <= before) throw new Error(`stamp went backwards on ${field}`);
      this.record({ docId: next.id, field, stamp, value: fields.get(field) });
    }
    this.fork.set(next.id, next);
  }
}
