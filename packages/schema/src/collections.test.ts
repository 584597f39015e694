import { describe, expect, test } from "vitest";
import {
  collectionMigrations,
  collectionNames,
  collectionSchemas,
  collectionSchemaVersions,
} from "./collections";
import { collectionFixtures } from "./fixtures";
import { defineMigrations } from "./migrations";
import { fixtureIds } from "./practice.fixtures";

describe.each(collectionNames)("%s", (name) => {
  const schema = collectionSchemas[name];
  const fixtures = collectionFixtures[name];

  test("has at least one fixture and every fixture parses unchanged after a JSON round trip", () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      expect(schema.parse(JSON.parse(JSON.stringify(fixture)))).toEqual(fixture);
    }
  });

  test("rejects a document with an unknown field", () => {
    for (const fixture of fixtures) expect(schema.safeParse({ ...fixture, extra: 1 }).success).toBe(false);
  });

  test("rejects a content field without a clock and a clock for an unknown field", () => {
    for (const fixture of fixtures) {
      const { _deleted: _, ...withoutDeletedClock } = fixture.clocks;
      expect(schema.safeParse({ ...fixture, clocks: withoutDeletedClock }).success).toBe(false);
      const strayClock = { ...fixture.clocks, nonsense: "2026-03-01T09:30:00.000Z-0000-x" };
      expect(schema.safeParse({ ...fixture, clocks: strayClock }).success).toBe(false);
    }
  });

  test("rejects bad base fields", () => {
    for (const fixture of fixtures) {
      expect(schema.safeParse({ ...fixture, id: "piece-1" }).success).toBe(false);
      expect(schema.safeParse({ ...fixture, updatedAt: "2026-03-01T09:30:00Z" }).success).toBe(false);
      expect(schema.safeParse({ ...fixture, _deleted: "no" }).success).toBe(false);
      const badStamp = { ...fixture.clocks, _deleted: "yesterday" };
      expect(schema.safeParse({ ...fixture, clocks: badStamp }).success).toBe(false);
    }
  });

  test("has one migration strategy per schema version, each keeping today's fixtures valid", () => {
    const versions = Array.from({ length: collectionSchemaVersions[name] }, (_, index) => String(index + 1));
    expect(Object.keys(collectionMigrations[name])).toEqual(versions);
    for (const strategy of Object.values(collectionMigrations[name])) {
      for (const fixture of fixtures)
        expect(schema.parse(strategy(JSON.parse(JSON.stringify(fixture))))).toEqual(fixture);
    }
  });
});

describe("entity rules", () => {
  const [entry] = collectionFixtures.practice_entries;
  const [piece] = collectionFixtures.pieces;

  test("rejects an unknown time zone and an impossible local date", () => {
    expect(collectionSchemas.practice_entries.safeParse({ ...entry, timeZone: "Mars/Olympus" }).success).toBe(
      false,
    );
    expect(collectionSchemas.practice_entries.safeParse({ ...entry, localDate: "2026-02-30" }).success).toBe(
      false,
    );
  });

  test("rejects out-of-range values and enum drift", () => {
    expect(collectionSchemas.pieces.safeParse({ ...piece, difficulty: 6 }).success).toBe(false);
    expect(collectionSchemas.pieces.safeParse({ ...piece, status: "performanceReady" }).success).toBe(false);
    expect(collectionSchemas.pieces.safeParse({ ...piece, title: "x".repeat(301) }).success).toBe(false);
    expect(collectionSchemas.pieces.safeParse({ ...piece, title: "   " }).success).toBe(false);
  });

  test("rejects an occurrence that ends before it starts", () => {
    const [occurrence] = collectionFixtures.plan_occurrences;
    const reversed = { ...occurrence, scheduledEnd: "2026-03-02T06:00:00.000Z" };
    expect(collectionSchemas.plan_occurrences.safeParse(reversed).success).toBe(false);
  });

  test("rejects annotation coordinates outside the page", () => {
    const [annotation] = collectionFixtures.annotations;
    const mark = { kind: "text", x: 1.5, y: 0.2, text: "rit.", color: "#000000" };
    expect(collectionSchemas.annotations.safeParse({ ...annotation, mark }).success).toBe(false);
  });

  test("requires the fixed settings id", () => {
    const [settings] = collectionFixtures.settings;
    expect(collectionSchemas.settings.safeParse({ ...settings, id: fixtureIds.goal }).success).toBe(false);
  });

  test("accepts an optional field that was cleared but keeps its clock", () => {
    const { mood: _, ...withoutMood } = entry ?? {};
    expect(collectionSchemas.practice_entries.safeParse(withoutMood).success).toBe(true);
  });
});

describe("defineMigrations", () => {
  test("requires one strategy for each version up to the schema version", () => {
    expect(() => defineMigrations(2, { 1: () => ({}) })).toThrow(/versions \[1, 2\]/);
    expect(() => defineMigrations(0, { 1: () => ({}) })).toThrow();
    expect(Object.keys(defineMigrations(2, { 1: () => ({}), 2: () => ({}) }))).toEqual(["1", "2"]);
  });
});
