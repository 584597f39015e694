import { createHlcClock, mergeDocuments, stampChange } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { basePieceFixture } from "./push.fixtures";
import { resolvePush, resolvePushBatch } from "./push-resolution";

const stored: PieceDoc = basePieceFixture;
const phone = createHlcClock({ deviceId: "phone", now: () => Date.UTC(2026, 2, 2) });
const laptop = createHlcClock({ deviceId: "laptop", now: () => Date.UTC(2026, 2, 3) });

describe("resolvePush", () => {
  test("stores a new document as sent", () => {
    expect(resolvePush(null, { assumedMasterState: null, newDocumentState: stored })).toEqual({
      next: stored,
      conflict: null,
      changed: true,
    });
  });

  test("applies a fast-forward edit without a conflict", () => {
    const edited = stampChange(stored, { notes: "slower" }, phone);
    expect(resolvePush(stored, { assumedMasterState: stored, newDocumentState: edited })).toEqual({
      next: edited,
      conflict: null,
      changed: true,
    });
  });

  test("merges a stale edit and reports the merged state as the conflict", () => {
    const serverEdit = stampChange(stored, { title: "Prelude No. 1" }, laptop);
    const staleEdit = stampChange(stored, { notes: "slower" }, phone);
    const result = resolvePush(serverEdit, { assumedMasterState: stored, newDocumentState: staleEdit });
    expect(result.next).toMatchObject({ title: "Prelude No. 1", notes: "slower" });
    expect(result.conflict).toEqual(result.next);
    expect(result.changed).toBe(true);
  });

  test("replaying a row changes nothing", () => {
    const edited = stampChange(stored, { notes: "slower" }, phone);
    const first = resolvePush(stored, { assumedMasterState: stored, newDocumentState: edited });
    const replay = resolvePush(first.next, { assumedMasterState: stored, newDocumentState: edited });
    expect(replay).toEqual({ next: first.next, conflict: null, changed: false });
  });

  test("an old row that lost everywhere is answered with the server state, unchanged", () => {
    const newer = stampChange(stored, { notes: "newer" }, laptop);
    const older = stampChange(stored, { notes: "older" }, phone);
    expect(resolvePush(newer, { assumedMasterState: null, newDocumentState: older })).toEqual({
      next: newer,
      conflict: newer,
      changed: false,
    });
  });
});

describe("resolvePushBatch", () => {
  test("later rows for the same id see earlier ones; one write per changed id", () => {
    const a = stampChange(stored, { notes: "a" }, phone);
    const b = stampChange(stored, { title: "b" }, laptop);
    const { writes, conflicts } = resolvePushBatch(
      [
        { assumedMasterState: stored, newDocumentState: a },
        { assumedMasterState: stored, newDocumentState: b },
      ],
      () => stored,
    );
    expect(writes).toEqual([mergeDocuments(a, b)]);
    expect(conflicts).toEqual([mergeDocuments(a, b)]);
  });
});
