import { describe, expect, test } from "vitest";
import { createTestPiece } from "../testing/practice-test-docs";
import { findDuplicatePieces, scorePieceSimilarity } from "./find-duplicate-pieces";

const prelude = createTestPiece({
  title: "Prelude in E minor",
  composer: "Frédéric Chopin",
  catalogue: "Op. 28 No. 4",
});
const nocturne = createTestPiece({
  title: "Nocturne in E-flat major",
  composer: "Chopin",
  catalogue: "Op. 9 No. 2",
});
const swan = createTestPiece({ title: "Swan Lake: Scene", composer: "Pyotr Ilyich Tchaikovsky" });
const moonlight = createTestPiece({ title: "Moonlight Sonata", composer: "Ludwig van Beethoven" });
const pieces = [prelude, nocturne, swan, moonlight];

describe("findDuplicatePieces", () => {
  test("finds a piece by its catalogue number written another way", () => {
    const found = findDuplicatePieces({ title: "Prélude op28/4", composer: "chopin" }, pieces);
    expect(found.map((candidate) => candidate.piece.id)).toEqual([prelude.id]);
    expect(found[0]?.score).toBeGreaterThanOrEqual(0.95);
  });

  test("finds a piece by title despite case, accents and composer spelling", () => {
    const found = findDuplicatePieces({ title: "swan lake - scene", composer: "Chaikovsky" }, pieces);
    expect(found[0]?.piece.id).toBe(swan.id);
  });

  test("finds a title with a typo", () => {
    expect(
      findDuplicatePieces({ title: "Moonlight Sonatta", composer: "Beethoven" }, pieces)[0]?.piece.id,
    ).toBe(moonlight.id);
  });

  test("does not confuse different numbers of one opus, or different composers", () => {
    expect(
      findDuplicatePieces(
        { title: "Prelude in B minor", composer: "Chopin", catalogue: "Op. 28 No. 6" },
        pieces,
      ),
    ).toEqual([]);
    expect(findDuplicatePieces({ title: "Moonlight Sonata", composer: "Debussy" }, pieces)).toEqual([]);
  });

  test("leaves out the piece itself and deleted pieces", () => {
    expect(findDuplicatePieces({ id: swan.id, title: "Swan Lake: Scene" }, pieces)).toEqual([]);
    expect(findDuplicatePieces({ title: "Swan Lake: Scene" }, [{ ...swan, _deleted: true }])).toEqual([]);
  });

  test("scores are symmetric for plain titles", () => {
    const a = { title: "Clair de lune", composer: "Debussy" };
    const b = { title: "Clair de Lune (Suite bergamasque)", composer: "Claude Debussy" };
    expect(scorePieceSimilarity(a, b)).toBeCloseTo(scorePieceSimilarity(b, a));
    expect(scorePieceSimilarity(a, b)).toBeGreaterThan(0.75);
  });
});
