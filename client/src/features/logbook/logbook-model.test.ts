import { groupEntriesByDay } from "@mirubato/domain";
import { createTestEntry, createTestPiece } from "@mirubato/domain/testing";
import type { PracticeEntryContent } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { toEntryPatch } from "./entry-content";
import {
  collectFilterChoices,
  countActiveFilters,
  emptyLogbookFilter,
  toFilterCriteria,
} from "./filter-options";
import { toLogbookRows } from "./logbook-rows";

const entry = (content: Partial<PracticeEntryContent>) => createTestEntry(content);
const piece = (title: string, composer?: string) =>
  createTestPiece(composer === undefined ? { title } : { title, composer });

describe("logbook rows", () => {
  test("puts each day's heading on its first entry, newest first", () => {
    const a = entry({ localDate: "2026-03-01" });
    const b = entry({ localDate: "2026-03-02", startedAt: "2026-03-02T08:00:00.000Z", durationSec: 600 });
    const c = entry({ localDate: "2026-03-02", startedAt: "2026-03-02T18:00:00.000Z", durationSec: 900 });
    const rows = toLogbookRows(groupEntriesByDay([a, b, c], "2026-03-02"));
    expect(rows.map((row) => row.entry.id)).toEqual([c.id, b.id, a.id]);
    expect(rows.map((row) => row.day?.relativeDay ?? row.day?.localDate)).toEqual([
      "today",
      undefined,
      "yesterday",
    ]);
    expect(rows[0]?.day?.totalSec).toBe(1500);
  });
});

describe("filter options", () => {
  test("turns set filters into criteria and counts them", () => {
    const values = {
      ...emptyLogbookFilter,
      text: "chopin",
      type: "lesson" as const,
      tag: "exam",
      fromDate: "2026-01-01",
    };
    expect(toFilterCriteria(values)).toEqual({
      text: "chopin",
      types: ["lesson"],
      tags: ["exam"],
      fromDate: "2026-01-01",
    });
    expect(countActiveFilters(values)).toBe(3);
    expect(toFilterCriteria(emptyLogbookFilter)).toEqual({});
  });

  test("offers the composers, instruments and tags present, sorted", () => {
    const entries = [
      entry({ tags: ["warm-up", "Exam"], instrument: "piano" }),
      entry({ tags: ["Exam", "ballad"], instrument: "cello" }),
    ];
    const pieces = [piece("Nocturne", "Chopin"), piece("Prelude", "Bach"), piece("Untitled")];
    expect(collectFilterChoices(entries, pieces, "en")).toEqual({
      composers: ["Bach", "Chopin"],
      instruments: ["cello", "piano"],
      tags: ["ballad", "Exam", "warm-up"],
    });
  });
});

describe("entry content", () => {
  test("a patch clears the optional fields the content lacks", () => {
    const {
      id: _id,
      createdAt: _at,
      updatedAt: _up,
      _deleted,
      clocks: _clocks,
      mood: _mood,
      ...withoutMood
    } = entry({
      mood: "excited",
      notes: "good",
    });
    const patch = toEntryPatch(withoutMood);
    expect(patch.notes).toBe("good");
    expect(Object.hasOwn(patch, "mood")).toBe(true);
    expect(patch.mood).toBeUndefined();
  });
});
