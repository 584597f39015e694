import { collectionSchemas } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import { type DemoLibrary, generateDemoLibrary } from "./generate-demo-library";

const yearOptions = { seed: "demo", startDate: "2025-03-01", days: 365, timeZone: "Europe/Berlin" };
const year = generateDemoLibrary(yearOptions);

const demoCollections = ["pieces", "goals", "settings", "practice_entries"] as const;

function collectionsOf(library: DemoLibrary) {
  return demoCollections.map((name) => ({ name, schema: collectionSchemas[name], docs: library[name] }));
}

describe("generateDemoLibrary", () => {
  test("every document parses with its collection's schema", () => {
    for (const { name, schema, docs } of collectionsOf(year)) {
      expect(docs.length, name).toBeGreaterThan(0);
      for (const doc of docs) expect(schema.safeParse(doc).error, name).toBeUndefined();
    }
  });

  test("is deterministic: same options, same documents", () => {
    expect(JSON.stringify(generateDemoLibrary(yearOptions))).toBe(JSON.stringify(year));
    const other = generateDemoLibrary({ ...yearOptions, seed: "other" });
    expect(other.practice_entries[0]?.id).not.toBe(year.practice_entries[0]?.id);
  });

  test("ids are unique and stamped by the seed device", () => {
    const ids = collectionsOf(year).flatMap(({ docs }) => docs.map((doc) => doc.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of year.practice_entries) {
      expect(Object.values(entry.clocks).every((stamp) => stamp.endsWith("-seed"))).toBe(true);
    }
  });

  test("a year looks like a real musician's year", () => {
    const entries = year.practice_entries;
    const days = new Set(entries.map((entry) => entry.localDate));
    expect(days.size).toBeGreaterThanOrEqual(250);
    expect(days.size).toBeLessThanOrEqual(320);
    const hours = entries.reduce((sum, entry) => sum + entry.durationSec, 0) / 3600;
    expect(hours).toBeGreaterThan(150);
    expect(hours).toBeLessThan(400);
    const types = new Set(entries.map((entry) => entry.type));
    expect([...types]).toEqual(expect.arrayContaining(["practice", "lesson", "technique"]));
    expect(entries.every((entry) => entry.localDate >= "2025-03-01" && entry.localDate <= "2026-02-28")).toBe(
      true,
    );
  });

  test("weekend sessions are longer and sessions grow over the year", () => {
    const entries = year.practice_entries.filter((entry) => entry.type === "practice");
    const mean = (list: typeof entries) =>
      list.reduce((sum, entry) => sum + entry.durationSec, 0) / list.length;
    const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
    expect(mean(entries.filter((e) => isWeekend(e.localDate)))).toBeGreaterThan(
      mean(entries.filter((e) => !isWeekend(e.localDate))),
    );
    const half = Math.floor(entries.length / 2);
    expect(mean(entries.slice(half))).toBeGreaterThan(mean(entries.slice(0, half)));
  });

  test("local dates and times are the musician's, across a DST change", () => {
    const summer = year.practice_entries.find((entry) => entry.localDate === "2025-07-05");
    const winter = year.practice_entries.find((entry) => entry.localDate === "2026-01-10");
    for (const entry of [summer, winter]) {
      if (entry === undefined) continue;
      const local = new Intl.DateTimeFormat("en-CA", { timeZone: entry.timeZone, dateStyle: "short" }).format(
        new Date(entry.startedAt),
      );
      expect(local).toBe(entry.localDate);
    }
  });

  test("pieces carry a status history ending in their status; entries reference them", () => {
    const pieceIds = new Set(year.pieces.map((piece) => piece.id));
    for (const piece of year.pieces) expect(piece.statusHistory.at(-1)?.status).toBe(piece.status);
    const referenced = year.practice_entries.flatMap((entry) => entry.pieces.map((piece) => piece.pieceId));
    expect(referenced.length).toBeGreaterThan(200);
    expect(referenced.every((id) => pieceIds.has(id))).toBe(true);
  });

  // Speed is measured by the benchmarks, not asserted here: timings flake on shared machines.
  test("makes 10,000 entries over five years for benchmarks", () => {
    const options = { ...yearOptions, days: 1826, entriesPerDay: 10_000 / 1826 };
    const library = generateDemoLibrary(options);
    expect(library.practice_entries).toHaveLength(10_000);
    const dates = library.practice_entries.map((entry) => entry.localDate).sort();
    expect(dates[0]?.slice(0, 4)).not.toBe(dates.at(-1)?.slice(0, 4));
  });
});
