import { env } from "cloudflare:workers";
import { createHlcClock } from "@mirubato/domain";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { createSyncStore } from "./sync.store";
import { countUserRows, newPiece, userSeq } from "./sync-test-client";

async function newUser(): Promise<string> {
  const id = crypto.randomUUID();
  await env.DB.prepare("INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)")
    .bind(id, `${id}@store.test`, Date.now())
    .run();
  return id;
}

const clock = createHlcClock({ deviceId: "storetest" });

describe("sync store on D1", () => {
  test("a pull is a range scan of the (user_id, collection, seq) index", async () => {
    const { results } = await env.DB.prepare(
      `EXPLAIN QUERY PLAN SELECT seq, doc FROM synced_documents
       WHERE user_id = ? AND collection = ? AND seq > ? ORDER BY seq LIMIT ?`,
    )
      .bind("u", "pieces", 0, 10)
      .all();
    const plan = results.map((row) => z.object({ detail: z.string() }).parse(row).detail).join("\n");
    expect(plan).toContain("USING INDEX synced_documents_pull (user_id=? AND collection=? AND seq>?)");
    expect(plan).not.toContain("TEMP B-TREE");
  });

  test("commits with consecutive seqs and refuses a commit whose seq moved", async () => {
    const store = createSyncStore(env.DB);
    const userId = await newUser();
    const [a, b, c] = [newPiece(clock), newPiece(clock), newPiece(clock)];
    expect(await store.commit(userId, "pieces", 0, [a, b], 1)).toBe(true);
    expect(await store.commit(userId, "pieces", 0, [c], 2)).toBe(false);
    expect((await store.pull(userId, "pieces", 0, 10)).map((change) => change.seq)).toEqual([1, 2]);
    expect(await userSeq(userId)).toBe(2);
    expect(await store.commit(userId, "pieces", 2, [c, a], 3)).toBe(true);
    expect(
      (await store.pull(userId, "pieces", 0, 10)).map(({ seq, json }) => [seq, JSON.parse(json).id]),
    ).toEqual([
      [2, b.id],
      [3, c.id],
      [4, a.id],
    ]);
  });

  test("a failing statement inside the batch leaves nothing written and the seq unchanged", async () => {
    // Tiny statements: the seq bump, then one upsert per document. The third statement fails
    // (a document over the 256 KB CHECK), after the first two succeeded inside the transaction.
    const store = createSyncStore(env.DB, { maxStatementBytes: 10 });
    const userId = await newUser();
    const before = newPiece(clock);
    expect(await store.commit(userId, "pieces", 0, [before], 1)).toBe(true);
    const good = newPiece(clock);
    const oversize = { ...newPiece(clock), notes: "x".repeat(300_000) };
    await expect(store.commit(userId, "pieces", 1, [good, oversize], 2)).rejects.toThrow(
      /CHECK constraint failed/,
    );
    expect(await userSeq(userId)).toBe(1);
    expect(await countUserRows(userId)).toBe(1);
    expect((await store.readForPush(userId, "pieces", [good.id, before.id])).documents.has(good.id)).toBe(
      false,
    );
  });

  test("reads and counts only the user's own documents", async () => {
    const store = createSyncStore(env.DB);
    const [alice, bob] = [await newUser(), await newUser()];
    const piece = newPiece(clock);
    await store.commit(alice, "pieces", 0, [piece], 1);
    expect((await store.readForPush(bob, "pieces", [piece.id])).documents.size).toBe(0);
    expect(await store.countByCollection(alice)).toEqual({ pieces: 1 });
    expect(await store.countByCollection(bob)).toEqual({});
  });
});
