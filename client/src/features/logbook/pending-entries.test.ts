import { createTestEntry } from "@mirubato/domain/testing";
import type { PracticeEntryDoc } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { withPendingEntries } from "./pending-entries";

const at = (localDate: string, time: string, notes = "") =>
  createTestEntry({ localDate, startedAt: `${localDate}T${time}:00.000Z`, notes });

const loaded = [at("2026-03-05", "18:00"), at("2026-03-05", "09:00"), at("2026-03-02", "10:00")];

describe("pending entries in the logbook", () => {
  test("a new entry takes its place: newest day first, newest start first within the day", () => {
    const lunch = at("2026-03-05", "12:00", "lunch break scales");
    const older = at("2026-03-03", "08:00");
    const merged = withPendingEntries(loaded, [lunch, older], { hasMore: false });
    expect(merged).toEqual([loaded[0], lunch, loaded[1], older, loaded[2]]);
    const newest = at("2026-03-06", "07:00");
    expect(withPendingEntries(loaded, [newest], { hasMore: false })[0]).toBe(newest);
  });

  test("without pending entries, or with only ones the query holds, the same array comes back", () => {
    expect(withPendingEntries(loaded, [], { hasMore: false })).toBe(loaded);
    const stored = loaded[1];
    if (stored === undefined) throw new Error("fixture");
    expect(withPendingEntries(loaded, [{ ...stored, notes: "stale copy" }], { hasMore: false })).toBe(loaded);
  });

  test("entries outside the date range or older than the loaded pages wait for their query", () => {
    const old = at("2026-02-20", "10:00");
    expect(withPendingEntries(loaded, [old], { hasMore: true })).toBe(loaded);
    expect(withPendingEntries(loaded, [old], { hasMore: false })).toHaveLength(4);
    const range = { fromDate: "2026-03-03", toDate: "2026-03-05", hasMore: false };
    expect(withPendingEntries(loaded, [at("2026-03-06", "10:00")], range)).toBe(loaded);
    expect(withPendingEntries(loaded, [old], range)).toBe(loaded);
    expect(withPendingEntries(loaded, [at("2026-03-04", "10:00")], range)).toHaveLength(4);
    expect(withPendingEntries([], [at("2026-03-04", "10:00")], { hasMore: true })).toEqual([]);
  });

  test("a deleted document is never shown", () => {
    expect(
      withPendingEntries(loaded, [{ ...at("2026-03-04", "10:00"), _deleted: true }], { hasMore: false }),
    ).toBe(loaded);
  });
});

describe("pending edits and deletes in the logbook", () => {
  const later = "2099-01-01T00:00:00.000Z-0000-deviceB";
  const stampedLater = (entry: PracticeEntryDoc, fields: Partial<PracticeEntryDoc>): PracticeEntryDoc => ({
    ...entry,
    ...fields,
    clocks: {
      ...entry.clocks,
      ...Object.fromEntries(Object.keys(fields).map((field) => [field, later])),
    },
  });
  const [evening, morning, older] = loaded;
  if (evening === undefined || morning === undefined || older === undefined) throw new Error("fixture");

  test("an edit shows in place until the pages hold it, then the stored entry stays", () => {
    const edited = stampedLater(morning, { notes: "slow practice" });
    expect(withPendingEntries(loaded, [edited], { hasMore: false })).toEqual([evening, edited, older]);
    expect(withPendingEntries([evening, edited, older], [edited], { hasMore: false })).toEqual([
      evening,
      edited,
      older,
    ]);
    // A newer version from sync wins over an older pending one.
    const fromSync = stampedLater(morning, { notes: "from the tablet" });
    const stale = { ...morning, notes: "mine, older" };
    const held = [evening, fromSync, older];
    expect(withPendingEntries(held, [stale], { hasMore: false })).toBe(held);
  });

  test("an entry moved to another day moves; a deleted one, or one moved out of the range, goes", () => {
    const moved = stampedLater(morning, { localDate: "2026-03-03", startedAt: "2026-03-03T09:00:00.000Z" });
    expect(withPendingEntries(loaded, [moved], { hasMore: false })).toEqual([evening, moved, older]);
    const deleted = stampedLater(morning, { _deleted: true });
    expect(withPendingEntries(loaded, [deleted], { hasMore: false })).toEqual([evening, older]);
    const range = { fromDate: "2026-03-05", hasMore: false };
    expect(withPendingEntries([evening, morning], [moved], range)).toEqual([evening]);
  });
});
