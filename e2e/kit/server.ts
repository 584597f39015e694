import { type APIRequestContext, request } from "@playwright/test";
import { z } from "zod";
import type { Account } from "./accounts";

/** A synced document as JSON: `id`, `_deleted`, `clocks` and the collection's fields. */
export type SyncedJson = Record<string, unknown> & { readonly id: string };

const pullSchema = z.object({
  documents: z.array(z.looseObject({ id: z.string() })),
  checkpoint: z.unknown(),
});
const pushSchema = z.object({ conflicts: z.array(z.looseObject({ id: z.string() })) });

/** The server's side of an account, through the same sync API the app uses (DESIGN §3). */
export interface ServerApi {
  /** Every document of the collection the server holds for the account, tombstones included. */
  pullAll(collection: string): Promise<SyncedJson[]>;
  /** Pushes rows of `{ assumedMasterState, newDocumentState }`; returns the conflicts. */
  push(collection: string, rows: readonly unknown[]): Promise<SyncedJson[]>;
  dispose(): Promise<void>;
}

/**
 * Opens the sync API with the account's session cookie (a separate cookie jar from any device).
 *
 * @example
 * const server = await openServer(account);
 * const entries = await server.pullAll("practice_entries");
 */
export async function openServer(account: Account): Promise<ServerApi> {
  const api: APIRequestContext = await request.newContext({
    baseURL: account.baseURL,
    storageState: account.storageState,
    // Cookie-carrying POSTs must name an allowed origin (requireSameOrigin).
    extraHTTPHeaders: { origin: account.baseURL },
  });
  return {
    async pullAll(collection) {
      const documents = new Map<string, SyncedJson>();
      let checkpoint: unknown = null;
      for (;;) {
        const response = await api.post(`/api/sync/${collection}/pull`, {
          data: { checkpoint, limit: 1000 },
        });
        if (!response.ok())
          throw new Error(`pull ${collection}: ${response.status()} ${await response.text()}`);
        const page = pullSchema.parse(await response.json());
        if (page.documents.length === 0) break;
        for (const document of page.documents) documents.set(document.id, document);
        checkpoint = page.checkpoint;
      }
      return [...documents.values()].sort((a, b) => a.id.localeCompare(b.id));
    },
    async push(collection, rows) {
      const response = await api.post(`/api/sync/${collection}/push`, { data: { rows } });
      if (!response.ok())
        throw new Error(`push ${collection}: ${response.status()} ${await response.text()}`);
      return pushSchema.parse(await response.json()).conflicts;
    },
    dispose: () => api.dispose(),
  };
}
