import type { PieceStats } from "@mirubato/domain";
import { createTestPiece } from "@mirubato/domain/testing";
import type { PieceContent, PieceDoc } from "@mirubato/schema";
import { describe, expect, test } from "vitest";
import {
  buildPieceContent,
  buildPieceFields,
  createEmptyPieceForm,
  createNewPieceContent,
  parseLinks,
  pieceToForm,
  validatePieceForm,
} from "./piece-form-values";
import { filterPieces, isPieceSortKey, sortPieces } from "./sort-pieces";

function piece(content: Partial<PieceContent> & { title: string }, createdAt?: string): PieceDoc {
  return createTestPiece(content, createdAt === undefined ? {} : { createdAt });
}

function stats(pieceId: string, totalSec: number, lastPractisedDate: string): PieceStats {
  return { pieceId, totalSec, sessionCount: 1, firstPractisedDate: lastPractisedDate, lastPractisedDate };
}

describe("piece form values", () => {
  test("a new piece records its first status in the history", () => {
    const values = {
      ...createEmptyPieceForm("cello"),
      title: " Suite No. 1 ",
      composer: "Bach",
      status: "planned" as const,
    };
    expect(buildPieceContent(values, "2026-03-01T10:00:00.000Z")).toEqual({
      title: "Suite No. 1",
      composer: "Bach",
      instrument: "cello",
      status: "planned",
      statusHistory: [{ status: "planned", changedAt: "2026-03-01T10:00:00.000Z" }],
      notes: "",
      links: [],
      scoreIds: [],
    });
  });

  test("round-trips a piece through the form; empty optional fields clear", () => {
    const original = piece({
      title: "Prelude",
      composer: "Bach",
      catalogue: "BWV 846",
      difficulty: 2,
      targetTempoBpm: 72,
      links: [
        { url: "https://imslp.org/wiki/BWV_846", label: "IMSLP score" },
        { url: "https://example.com/" },
      ],
    });
    const fields = buildPieceFields(pieceToForm(original));
    expect(fields).toMatchObject({
      catalogue: "BWV 846",
      difficulty: 2,
      targetTempoBpm: 72,
      links: original.links,
    });
    expect(buildPieceFields({ ...pieceToForm(original), composer: " ", targetTempoBpm: "" })).toMatchObject({
      composer: undefined,
      targetTempoBpm: undefined,
    });
  });

  test("validates title, tempo, difficulty and links", () => {
    const values = createEmptyPieceForm("piano");
    expect(validatePieceForm(values)).toEqual({ title: "required" });
    expect(
      validatePieceForm({ ...values, title: "x", targetTempoBpm: "5", difficulty: "6", links: "ftp://x" }),
    ).toEqual({ targetTempoBpm: "invalidTempo", difficulty: "invalidDifficulty", links: "invalidLink" });
    expect(parseLinks("\n https://a.example  A  label \n")).toEqual([
      { url: "https://a.example", label: "A label" },
    ]);
  });

  test("a piece added from the entry form starts as learning", () => {
    expect(createNewPieceContent("Clair de lune", "", "piano", "2026-03-01T10:00:00.000Z")).toMatchObject({
      status: "learning",
      statusHistory: [{ status: "learning", changedAt: "2026-03-01T10:00:00.000Z" }],
    });
  });
});

describe("sorting and filtering pieces", () => {
  const a = piece(
    { title: "Étude Op. 10 No. 3", composer: "Chopin", status: "polished" },
    "2026-01-01T00:00:00.000Z",
  );
  const b = piece(
    { title: "Clair de lune", composer: "Debussy", status: "learning" },
    "2026-02-01T00:00:00.000Z",
  );
  const c = piece({ title: "Arabesque No. 1", status: "planned" }, "2026-03-01T00:00:00.000Z");
  const practice = new Map([
    [a.id, stats(a.id, 600, "2026-02-10")],
    [b.id, stats(b.id, 3600, "2026-01-05")],
  ]);
  const titles = (pieces: readonly PieceDoc[]) => pieces.map((p) => p.title);

  test("sorts by each key", () => {
    expect(titles(sortPieces([a, b, c], practice, "title", "en"))).toEqual([
      "Arabesque No. 1",
      "Clair de lune",
      "Étude Op. 10 No. 3",
    ]);
    expect(titles(sortPieces([a, b, c], practice, "composer", "en"))).toEqual([
      "Étude Op. 10 No. 3",
      "Clair de lune",
      "Arabesque No. 1",
    ]);
    expect(titles(sortPieces([a, b, c], practice, "status", "en"))).toEqual([
      "Clair de lune",
      "Étude Op. 10 No. 3",
      "Arabesque No. 1",
    ]);
    expect(titles(sortPieces([a, b, c], practice, "lastPractised", "en"))[0]).toBe("Étude Op. 10 No. 3");
    expect(titles(sortPieces([a, b, c], practice, "totalTime", "en"))).toEqual([
      "Clair de lune",
      "Étude Op. 10 No. 3",
      "Arabesque No. 1",
    ]);
    expect(titles(sortPieces([a, b, c], practice, "recent", "en"))[0]).toBe("Arabesque No. 1");
  });

  test("filters by words (accents ignored) and status", () => {
    expect(titles(filterPieces([a, b, c], "etude chopin", ""))).toEqual(["Étude Op. 10 No. 3"]);
    expect(titles(filterPieces([a, b, c], "", "planned"))).toEqual(["Arabesque No. 1"]);
    expect(isPieceSortKey("totalTime")).toBe(true);
    expect(isPieceSortKey("nope")).toBe(false);
  });
});
