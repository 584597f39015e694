import type { PieceDoc } from "@mirubato/schema";
import type { SyncCheckpoint } from "./checkpoint";
import { createPullResponseSchema, pullRequestSchema } from "./pull";
import { createPushRequestSchema, createPushResponseSchema } from "./push";
import { resolvePushBatch } from "./push-resolution";

/**
 * Test model of the API worker over D1 for one user and one collection (`pieces`): one row per
 * document with a per-user sequence number assigned on every committed change. Pull returns rows
 * with seq > checkpoint in seq order; push commits a batch atomically through `resolvePushBatch`.
 * Requests and responses cross as JSON text and are parsed with the wire schemas, as over HTTP.
 */
export interface ModelServer {
  push(body: string): string;
  pull(body: string): string;
  documents(): PieceDoc[];
  /** Total committed changes so far. */
  seq(): number;
}

export const pushRequestSchema = createPushRequestSchema("pieces");
export const pushResponseSchema = createPushResponseSchema("pieces");
export const pullResponseSchema = createPullResponseSchema("pieces");

export function createModelServer(onCommit: () => void): ModelServer {
  const rows = new Map<string, { doc: PieceDoc; seq: number }>();
  let lastSeq = 0;
  return {
    push(body) {
      const request = pushRequestSchema.parse(JSON.parse(body));
      const { writes, conflicts } = resolvePushBatch(request.rows, (id) => rows.get(id)?.doc ?? null);
      for (const doc of writes) {
        lastSeq += 1;
        rows.set(doc.id, { doc, seq: lastSeq });
      }
      if (writes.length > 0) onCommit();
      return JSON.stringify(pushResponseSchema.parse({ conflicts }));
    },
    pull(body) {
      const request = pullRequestSchema.parse(JSON.parse(body));
      const after = request.checkpoint?.seq ?? 0;
      const page = [...rows.values()]
        .filter((row) => row.seq > after)
        .sort((a, b) => a.seq - b.seq)
        .slice(0, request.limit);
      const checkpoint: SyncCheckpoint = { seq: page.at(-1)?.seq ?? after };
      return JSON.stringify(pullResponseSchema.parse({ documents: page.map((row) => row.doc), checkpoint }));
    },
    documents: () => [...rows.values()].map((row) => row.doc),
    seq: () => lastSeq,
  };
}
