import { describe, expect, test } from "vitest";
import { createTestEntry, createTestPiece } from "../testing/practice-test-docs";
import { createEntryFilter } from "./entry-filter";

const chopin = createTestPiece({
  title: "Nocturne in E-flat major",
  composer: "Frédéric Chopin",
  catalogue: "Op. 9 No. 2",
});
const bach = createTestPiece({ title: "Prelude in C major", composer: "J. S. Bach", catalogue: "BWV 846" });
const pieces = [chopin, bach];
const lesson = createTestEntry({
  localDate: "2026-03-01",
  type: "lesson",
  instrument: "piano",
  pieces: [{ pieceId: chopin.id }],
  tags: ["exam"],
  notes: "Rubato in the left hand",
});
const scales = createTestEntry({
  localDate: "2026-03-05",
  type: "technique",
  instrument: "violin",
  techniques: ["scales"],
});
const prelude = createTestEntry({
  localDate: "2026-03-10",
  pieces: [{ pieceId: bach.id }],
  tags: ["morning"],
});
const entries = [lesson, scales, prelude];

function ids(filter: ReturnType<typeof createEntryFilter>): string[] {
  return entries.filter(filter).map((entry) => entry.id);
}

describe("createEntryFilter", () => {
  test("matches everything without criteria but never a deleted entry", () => {
    const filter = createEntryFilter({}, pieces);
    expect(ids(filter)).toHaveLength(3);
    expect(filter({ ...lesson, _deleted: true })).toBe(false);
  });

  test("filters by an inclusive date range", () => {
    expect(ids(createEntryFilter({ fromDate: "2026-03-05", toDate: "2026-03-10" }, pieces))).toEqual([
      scales.id,
      prelude.id,
    ]);
  });

  test("filters by piece, composer (accents ignored), instrument, type and tag", () => {
    expect(ids(createEntryFilter({ pieceIds: [bach.id] }, pieces))).toEqual([prelude.id]);
    expect(ids(createEntryFilter({ composer: "frederic chopin" }, pieces))).toEqual([lesson.id]);
    expect(ids(createEntryFilter({ instruments: ["violin"] }, pieces))).toEqual([scales.id]);
    expect(ids(createEntryFilter({ types: ["lesson", "technique"] }, pieces))).toEqual([
      lesson.id,
      scales.id,
    ]);
    expect(ids(createEntryFilter({ tags: ["morning"] }, pieces))).toEqual([prelude.id]);
  });

  test("searches notes, tags, techniques and piece titles, composers and catalogues by every word", () => {
    expect(ids(createEntryFilter({ text: "RUBATO left" }, pieces))).toEqual([lesson.id]);
    expect(ids(createEntryFilter({ text: "bwv 846" }, pieces))).toEqual([prelude.id]);
    expect(ids(createEntryFilter({ text: "nocturne chop" }, pieces))).toEqual([lesson.id]);
    expect(ids(createEntryFilter({ text: "scales" }, pieces))).toEqual([scales.id]);
    expect(ids(createEntryFilter({ text: "exam morning" }, pieces))).toEqual([]);
  });

  test("combines criteria", () => {
    expect(ids(createEntryFilter({ types: ["lesson"], tags: ["morning"] }, pieces))).toEqual([]);
  });
});
