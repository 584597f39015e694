import { describe, expect, test } from "vitest";
import { createTestEntry, createTestPiece } from "../testing/practice-test-docs";
import { computePieceStats } from "./piece-stats";
import { computePieceTimeline } from "./piece-timeline";
import { createStatusChangePatch, findStatusReachedAt, getStatusAt, isStatusAtLeast } from "./status-history";

const a = createTestPiece({ title: "A" });
const b = createTestPiece({ title: "B" });
const entries = [
  createTestEntry({ localDate: "2026-03-02", durationSec: 1200, pieces: [{ pieceId: a.id, tempoBpm: 60 }] }),
  createTestEntry({
    localDate: "2026-03-04",
    durationSec: 600,
    pieces: [{ pieceId: a.id }, { pieceId: b.id }],
  }),
  createTestEntry({ localDate: "2026-03-18", durationSec: 900, pieces: [{ pieceId: a.id, tempoBpm: 66 }] }),
  { ...createTestEntry({ localDate: "2026-03-20", pieces: [{ pieceId: a.id }] }), _deleted: true },
];

describe("repertoire stats", () => {
  test("totals time (shared equally), sessions, first and last dates and best tempo per piece", () => {
    const stats = computePieceStats(entries);
    expect(stats.get(a.id)).toEqual({
      pieceId: a.id,
      totalSec: 2400,
      sessionCount: 3,
      firstPractisedDate: "2026-03-02",
      lastPractisedDate: "2026-03-18",
      bestTempoBpm: 66,
    });
    expect(stats.get(b.id)?.totalSec).toBe(300);
  });

  test("builds a weekly timeline with empty weeks kept", () => {
    expect(computePieceTimeline(entries, a.id, 1)).toEqual([
      { weekStartDate: "2026-03-02", totalSec: 1500, sessionCount: 2, bestTempoBpm: 60 },
      { weekStartDate: "2026-03-09", totalSec: 0, sessionCount: 0 },
      { weekStartDate: "2026-03-16", totalSec: 900, sessionCount: 1, bestTempoBpm: 66 },
    ]);
    expect(computePieceTimeline(entries, "none", 1)).toEqual([]);
  });
});

describe("status history", () => {
  const piece = createTestPiece({
    status: "polished",
    statusHistory: [
      { status: "polished", changedAt: "2026-02-20T18:00:00.000Z" },
      { status: "learning", changedAt: "2026-01-10T18:00:00.000Z" },
    ],
  });

  test("orders statuses, with dropped outside the order", () => {
    expect(isStatusAtLeast("performance_ready", "polished")).toBe(true);
    expect(isStatusAtLeast("learning", "polished")).toBe(false);
    expect(isStatusAtLeast("dropped", "planned")).toBe(false);
  });

  test("reads the status at an instant and when a status was reached", () => {
    expect(getStatusAt(piece, "2026-01-01T00:00:00.000Z")).toBeUndefined();
    expect(getStatusAt(piece, "2026-02-01T00:00:00.000Z")).toBe("learning");
    expect(getStatusAt(piece, "2026-03-01T00:00:00.000Z")).toBe("polished");
    expect(findStatusReachedAt(piece, "learning")).toBe("2026-01-10T18:00:00.000Z");
    expect(findStatusReachedAt(piece, "performance_ready")).toBeUndefined();
  });

  test("records a change in the history and ignores a non-change", () => {
    expect(createStatusChangePatch(piece, "polished", "2026-03-01T00:00:00.000Z")).toBeUndefined();
    expect(
      createStatusChangePatch(piece, "performance_ready", "2026-03-01T00:00:00.000Z")?.statusHistory,
    ).toHaveLength(3);
  });
});
