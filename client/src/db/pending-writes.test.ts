import { createTestEntry, createTestGoal, createTestPiece } from "@mirubato/domain/testing";
import { describe, expect, test } from "vitest";
import {
  applyPendingWrite,
  applyPendingWrites,
  createPendingWrites,
  holdsPendingChange,
} from "./pending-writes";

function withManualTimers() {
  const timers: { run: () => void; ms: number }[] = [];
  const pending = createPendingWrites({
    lingerMs: 500,
    setTimer: (run, ms) => timers.push({ run, ms }),
  });
  return { pending, timers };
}

describe("pending writes", () => {
  test("a tracked document is pending at once, per collection, and listeners hear of it", () => {
    const { pending } = withManualTimers();
    let heard = 0;
    pending.subscribe(() => {
      heard += 1;
    });
    const entry = createTestEntry({ notes: "Long tones" });
    pending.track("practice_entries", entry);
    expect(pending.documentsOf("practice_entries")).toEqual([entry]);
    expect(pending.documentsOf("pieces")).toEqual([]);
    expect(heard).toBe(1);
  });

  test("the same array is returned until something changes (a stable snapshot for React)", () => {
    const { pending } = withManualTimers();
    pending.track("pieces", createTestPiece({ title: "Clair de lune" }));
    const first = pending.documentsOf("pieces");
    expect(pending.documentsOf("pieces")).toBe(first);
    pending.track("pieces", createTestPiece({ title: "Rêverie" }));
    expect(pending.documentsOf("pieces")).not.toBe(first);
    expect(pending.documentsOf("pieces")).toHaveLength(2);
  });

  test("a failed write is gone at once; a stored one after the linger time", () => {
    const { pending, timers } = withManualTimers();
    const failed = createTestEntry({ notes: "failed" });
    const stored = createTestEntry({ notes: "stored" });
    const settleFailed = pending.track("practice_entries", failed);
    const settleStored = pending.track("practice_entries", stored);

    settleFailed(false);
    expect(pending.documentsOf("practice_entries")).toEqual([stored]);

    settleStored(true);
    expect(pending.documentsOf("practice_entries")).toEqual([stored]);
    expect(timers.map((timer) => timer.ms)).toEqual([500]);
    timers[0]?.run();
    expect(pending.documentsOf("practice_entries")).toEqual([]);
  });

  test("settling twice counts once, and an unsubscribed listener hears nothing more", () => {
    const { pending, timers } = withManualTimers();
    let heard = 0;
    const unsubscribe = pending.subscribe(() => {
      heard += 1;
    });
    const settle = pending.track("goals", createTestGoal());
    settle(true);
    settle(false);
    expect(timers).toHaveLength(1);
    expect(pending.documentsOf("goals")).toHaveLength(1);
    unsubscribe();
    timers[0]?.run();
    expect(pending.documentsOf("goals")).toHaveLength(0);
    expect(heard).toBe(1);
  });
});

describe("which version wins", () => {
  const later = "2099-01-01T00:00:00.000Z-0000-deviceB";
  const earlier = "2000-01-01T00:00:00.000Z-0000-deviceB";

  test("the stored document holds a pending change once every field stamp is at least as new", () => {
    const stored = createTestEntry({ notes: "Scales" });
    expect(holdsPendingChange(stored, stored)).toBe(true);
    const edited = { ...stored, notes: "Arpeggios", clocks: { ...stored.clocks, notes: later } };
    expect(holdsPendingChange(stored, edited)).toBe(false);
    expect(holdsPendingChange(edited, stored)).toBe(true);
    const olderEdit = { ...stored, notes: "Old", clocks: { ...stored.clocks, notes: earlier } };
    expect(holdsPendingChange(stored, olderEdit)).toBe(true);
  });

  test("the last version tracked for an id is the one a view shows", () => {
    const stored = createTestEntry({ notes: "stored" });
    const first = { ...stored, notes: "one", clocks: { ...stored.clocks, notes: later } };
    const second = { ...first, notes: "two" };
    const view = { shows: () => true, compare: () => 0 };
    expect(applyPendingWrites([stored], [first, second], view)).toEqual([second]);
    expect(applyPendingWrites([second], [first, second], view)).toEqual([second]);
  });

  test("a single document shows its newest pending version until stored, and none while deleted", () => {
    const stored = createTestEntry({ notes: "stored" });
    const edited = { ...stored, notes: "edited", clocks: { ...stored.clocks, notes: later } };
    const deleted = { ...edited, _deleted: true, clocks: { ...edited.clocks, _deleted: later } };
    const other = createTestEntry({ notes: "another entry" });
    expect(applyPendingWrite(stored, [other], stored.id)).toBe(stored);
    expect(applyPendingWrite(stored, [edited], stored.id)).toBe(edited);
    expect(applyPendingWrite(edited, [edited], stored.id)).toBe(edited);
    expect(applyPendingWrite(undefined, [edited], stored.id)).toBe(edited);
    expect(applyPendingWrite(stored, [edited, deleted], stored.id)).toBeUndefined();
  });
});
