import { env } from "cloudflare:workers";
import { createDocument, createHlcClock, type HlcClock } from "@mirubato/domain";
import type { CollectionName, PieceDoc } from "@mirubato/schema";
import {
  createPullResponseSchema,
  createPushResponseSchema,
  type PullResponse,
  type SyncCheckpoint,
} from "@mirubato/sync-protocol";
import { expect } from "vitest";
import { z } from "zod";
import { api, ORIGIN, signIn } from "../../test/auth-helpers";

/** Test-only: a signed-in device talking to the sync routes as the client's replication does. */
export interface TestDevice {
  cookie: string;
  userId: string;
  clock: HlcClock;
}

let deviceCounter = 0;

export async function signedInDevice(): Promise<TestDevice> {
  const { cookie } = await signIn();
  const me = await api("/api/auth/me", { headers: { cookie } });
  const { user } = z.object({ user: z.object({ id: z.string() }) }).parse(await me.json());
  deviceCounter += 1;
  return { cookie, userId: user.id, clock: createHlcClock({ deviceId: `device${deviceCounter}` }) };
}

export function postSync(
  device: Pick<TestDevice, "cookie">,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return api(`/api/sync/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, cookie: device.cookie, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function pullPage<Name extends CollectionName>(
  device: TestDevice,
  collection: Name,
  checkpoint: SyncCheckpoint | null,
  limit: number,
): Promise<PullResponse<Name>> {
  const response = await postSync(device, `${collection}/pull`, { checkpoint, limit });
  expect(response.status).toBe(200);
  return createPullResponseSchema(collection).parse(await response.json());
}

/** Pulls pages until caught up; returns every document received, in order, and the checkpoint. */
export async function pullAll<Name extends CollectionName>(
  device: TestDevice,
  collection: Name,
  limit = 1000,
) {
  const documents: PullResponse<Name>["documents"] = [];
  let checkpoint: SyncCheckpoint | null = null;
  for (;;) {
    const page: PullResponse<Name> = await pullPage(device, collection, checkpoint, limit);
    if (page.documents.length === 0) return { documents, checkpoint };
    documents.push(...page.documents);
    checkpoint = page.checkpoint;
  }
}

export async function pushDocs(
  device: TestDevice,
  docs: readonly PieceDoc[],
  assumed: (PieceDoc | null)[] = [],
) {
  const rows = docs.map((doc, index) => ({
    assumedMasterState: assumed[index] ?? null,
    newDocumentState: doc,
  }));
  const response = await postSync(device, "pieces/push", { rows });
  expect(response.status).toBe(200);
  return createPushResponseSchema("pieces").parse(await response.json());
}

export function newPiece(clock: HlcClock, title = "Etude in C"): PieceDoc {
  return createDocument(
    {
      title,
      instrument: "piano",
      status: "learning" as const,
      statusHistory: [],
      notes: "",
      links: [],
      scoreIds: [],
    },
    clock,
  );
}

/** The user's change counter straight from D1 (0 before the first change). */
export async function userSeq(userId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT seq FROM sync_sequences WHERE user_id = ?").bind(userId).first();
  return row === null ? 0 : z.object({ seq: z.number() }).parse(row).seq;
}

export async function countUserRows(userId: string): Promise<number> {
  const row = await env.DB.prepare("SELECT COUNT(*) AS n FROM synced_documents WHERE user_id = ?")
    .bind(userId)
    .first();
  return z.object({ n: z.number() }).parse(row).n;
}
