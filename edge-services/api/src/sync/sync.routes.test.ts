import { env } from "cloudflare:test";
import { stampChange } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import type { PullResponse } from "@mirubato/sync-protocol";
import { describe, expect, test } from "vitest";
import { api, errorCodeOf } from "../../test/auth-helpers";
import {
  countUserRows,
  newPiece,
  postSync,
  pullAll,
  pullPage,
  pushDocs,
  signedInDevice,
  userSeq,
} from "./sync-test-client";

describe("POST /api/sync/:collection/pull and /push", () => {
  test("a pushed document comes back from a pull with a checkpoint", async () => {
    const device = await signedInDevice();
    const pieces = [newPiece(device.clock, "Prelude"), newPiece(device.clock, "Fugue")];
    expect(await pushDocs(device, pieces)).toEqual({ conflicts: [] });
    const page = await pullPage(device, "pieces", null, 10);
    expect(page.documents).toEqual(pieces);
    expect(page.checkpoint).toEqual({ seq: 2 });
    expect(await pullPage(device, "pieces", page.checkpoint, 10)).toEqual({
      documents: [],
      checkpoint: { seq: 2 },
    });
    expect((await pullPage(device, "goals", null, 10)).documents).toEqual([]);
  });

  test("pages have no gap and no repeat while pushes interleave", async () => {
    const device = await signedInDevice();
    const latest = new Map<string, PieceDoc>();
    const stream: PieceDoc[] = [];
    const checkpoints: number[] = [];
    let checkpoint: { seq: number } | null = null;
    for (let step = 0; step < 40; step += 1) {
      const batch: PieceDoc[] = [];
      const known = [...latest.values()];
      for (let index = 0; index < 1 + (step % 3); index += 1) {
        const existing = known[(step * 7 + index * 3) % Math.max(1, known.length)];
        const doc =
          step % 2 === 1 && existing !== undefined && !batch.some((queued) => queued.id === existing.id)
            ? stampChange(existing, { notes: `edit ${step}.${index}` }, device.clock)
            : newPiece(device.clock, `Piece ${step}.${index}`);
        batch.push(doc);
        latest.set(doc.id, doc);
      }
      await pushDocs(device, batch);
      const page: PullResponse<"pieces"> = await pullPage(device, "pieces", checkpoint, 2 + (step % 4));
      if (page.documents.length > 0) checkpoints.push(page.checkpoint.seq);
      stream.push(...page.documents);
      checkpoint = page.checkpoint;
    }
    for (;;) {
      const page: PullResponse<"pieces"> = await pullPage(device, "pieces", checkpoint, 3);
      if (page.documents.length === 0) break;
      checkpoints.push(page.checkpoint.seq);
      stream.push(...page.documents);
      checkpoint = page.checkpoint;
    }
    expect(checkpoints).toEqual([...checkpoints].sort((a, b) => a - b));
    expect(new Set(checkpoints).size).toBe(checkpoints.length);
    // Replaying the stream in order ends in each document's latest state, and no state repeats.
    const replayed = new Map<string, PieceDoc>();
    for (const doc of stream) {
      expect(replayed.get(doc.id)).not.toEqual(doc);
      replayed.set(doc.id, doc);
    }
    expect(replayed).toEqual(latest);
    expect(checkpoint?.seq).toBe(await userSeq(device.userId));
  }, 60_000); // 80 requests: the default 5 s is too little on a loaded machine (nothing is timed)

  test("a replayed batch changes nothing: same documents, same seq, no conflicts", async () => {
    const device = await signedInDevice();
    const batch = [newPiece(device.clock, "A"), newPiece(device.clock, "B")];
    await pushDocs(device, batch);
    expect(await userSeq(device.userId)).toBe(2);
    expect(await pushDocs(device, batch)).toEqual({ conflicts: [] });
    expect(await userSeq(device.userId)).toBe(2);
    const [first, second] = batch;
    if (!first || !second) throw new Error("two pieces");
    const edited = stampChange(first, { notes: "slower" }, device.clock);
    await pushDocs(device, [edited]);
    // A stale replay is merged too: the newer server state comes back as the conflict.
    expect(await pushDocs(device, batch)).toEqual({ conflicts: [edited] });
    expect(await userSeq(device.userId)).toBe(3);
    expect((await pullAll(device, "pieces")).documents).toEqual([second, edited]);
  });

  test("concurrent pushes of one user all land, edits of one document merged", async () => {
    const [phone, laptop] = [await signedInDevice(), await signedInDevice()];
    const laptopAsPhone = { ...laptop, cookie: phone.cookie, userId: phone.userId };
    const piece = newPiece(phone.clock);
    await pushDocs(phone, [piece]);
    const fromPhone = stampChange(piece, { notes: "phone" }, phone.clock);
    const fromLaptop = stampChange(piece, { targetTempoBpm: 80 }, laptop.clock);
    const others = Array.from({ length: 4 }, (_, index) => newPiece(laptop.clock, `Other ${index}`));
    await Promise.all([
      pushDocs(phone, [fromPhone], [piece]),
      pushDocs(laptopAsPhone, [fromLaptop], [piece]),
      ...others.map((doc) => pushDocs(laptopAsPhone, [doc])),
    ]);
    const { documents } = await pullAll(phone, "pieces");
    expect(documents).toHaveLength(5);
    expect(documents).toContainEqual(
      expect.objectContaining({ id: piece.id, notes: "phone", targetTempoBpm: 80 }),
    );
    expect(await userSeq(phone.userId)).toBe(7);
  });

  test("user B never reads A's documents; pushing A's id makes B's own document", async () => {
    const [alice, bob] = [await signedInDevice(), await signedInDevice()];
    const piece = newPiece(alice.clock, "Alice's piece");
    await pushDocs(alice, [piece]);
    expect((await pullAll(bob, "pieces")).documents).toEqual([]);
    const bobsCopy = { ...newPiece(bob.clock, "Bob's piece"), id: piece.id };
    expect(await pushDocs(bob, [bobsCopy])).toEqual({ conflicts: [] });
    expect((await pullAll(alice, "pieces")).documents).toEqual([piece]);
    expect((await pullAll(bob, "pieces")).documents).toEqual([bobsCopy]);
  });
});

describe("sync request checks", () => {
  test.each([
    ["pieces/pull", { checkpoint: null, limit: 1001 }],
    ["pieces/pull", { checkpoint: null, limit: 0 }],
    ["pieces/pull", { checkpoint: "yesterday", limit: 10 }],
    ["pieces/push", { rows: [] }],
    ["pieces/push", { rows: [{ assumedMasterState: null, newDocumentState: { id: "x" } }] }],
    ["pieces/push", "{not json"],
    ["unknown/pull", { checkpoint: null, limit: 10 }],
  ])("%s rejects %j with 400 invalid_request", async (path, body) => {
    const response = await postSync(await signedInDevice(), path, body);
    expect(response.status).toBe(400);
    expect(await errorCodeOf(response)).toBe("invalid_request");
  });

  test("rejects more than 500 rows, a document over its bounds, and a bad device id", async () => {
    const device = await signedInDevice();
    const piece = newPiece(device.clock);
    const tooMany = Array.from({ length: 501 }, () => ({
      assumedMasterState: null,
      newDocumentState: piece,
    }));
    const huge = { ...piece, notes: "x".repeat(300_000) };
    for (const [body, headers] of [
      [{ rows: tooMany }, {}],
      [{ rows: [{ assumedMasterState: null, newDocumentState: huge }] }, {}],
      [{ rows: [{ assumedMasterState: null, newDocumentState: piece }] }, { "x-device-id": "not a device!" }],
    ] as const) {
      const response = await postSync(device, "pieces/push", body, headers);
      expect(response.status).toBe(400);
      expect(await errorCodeOf(response)).toBe("invalid_request");
    }
    expect(await userSeq(device.userId)).toBe(0);
  });

  test("rejects a body over 1 MB with 413 payload_too_large", async () => {
    const device = await signedInDevice();
    const response = await postSync(device, "pieces/push", `{"rows":[],"pad":"${"x".repeat(1_100_000)}"}`);
    expect(response.status).toBe(413);
    expect(await errorCodeOf(response)).toBe("payload_too_large");
  });

  test("needs a session (401) and the app's origin (403)", async () => {
    const device = await signedInDevice();
    const body = JSON.stringify({ checkpoint: null, limit: 10 });
    const anonymous = await api("/api/sync/pieces/pull", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(anonymous.status).toBe(401);
    expect(await errorCodeOf(anonymous)).toBe("unauthorized");
    const foreign = await postSync(device, "pieces/push", { rows: [] }, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect(await errorCodeOf(foreign)).toBe("forbidden");
  });

  // The session row is checked alongside the first read (requireSessionAlongside): a revoked or
  // expired session must still get nothing back and write nothing.
  test.each([
    ["revoked", "UPDATE sessions SET revoked_at = 1 WHERE user_id = ?"],
    ["expired", "UPDATE sessions SET expires_at = 1 WHERE user_id = ?"],
  ])(
    "a %s session gets 401 and its cookie cleared; its pull reads nothing and its push writes nothing",
    async (_, sql) => {
      const device = await signedInDevice();
      await pushDocs(device, [newPiece(device.clock, "Prelude")]);
      await env.DB.prepare(sql).bind(device.userId).run();
      const pull = await postSync(device, "pieces/pull", { checkpoint: null, limit: 10 });
      const push = await postSync(device, "pieces/push", {
        rows: [{ assumedMasterState: null, newDocumentState: newPiece(device.clock, "Fugue") }],
      });
      for (const response of [pull, push]) {
        expect(response.status).toBe(401);
        expect(await errorCodeOf(response)).toBe("unauthorized");
        expect(response.headers.get("set-cookie")).toMatch(/mirubato_session=;.*Max-Age=0/i);
      }
      expect(await countUserRows(device.userId)).toBe(1);
      expect(await userSeq(device.userId)).toBe(1);
    },
  );

  test("a revoked session with a malformed body hears 401, not 400", async () => {
    const device = await signedInDevice();
    await env.DB.prepare("UPDATE sessions SET revoked_at = 1 WHERE user_id = ?").bind(device.userId).run();
    for (const [path, body] of [
      ["pieces/pull", { checkpoint: "nope" }],
      ["pieces/push", { rows: [{ newDocumentState: {} }] }],
    ] as const) {
      const response = await postSync(device, path, body);
      expect(response.status).toBe(401);
      expect(await errorCodeOf(response)).toBe("unauthorized");
      expect(response.headers.get("set-cookie")).toMatch(/mirubato_session=;.*Max-Age=0/i);
    }
  });
});
