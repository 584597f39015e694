import { createTestEntry } from "@mirubato/domain/testing";
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
