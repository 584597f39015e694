import { createTestId, createTestPiece } from "@mirubato/domain/testing";
import { describe, expect, test } from "vitest";
import type { FormPiece } from "./entry-form-values";
import { choosePiece, describePiece, findProbableDuplicate, resolveDuplicate } from "./piece-choices";

function piece(n: number, title: string, composer?: string) {
  return createTestPiece(composer === undefined ? { title } : { title, composer }, {
    id: createTestId(1000 + n),
  });
}

const clair = piece(1, "Clair de Lune", "Claude Debussy");
const prelude = piece(2, "Prelude in C major", "J. S. Bach");
const pieces = [clair, prelude];

describe("choosePiece", () => {
  test("matches a suggestion or a unique title, case ignored", () => {
    expect(choosePiece(describePiece(clair), "", pieces, "k")).toEqual({
      kind: "existing",
      pieceId: clair.id,
    });
    expect(choosePiece("prelude in c MAJOR", "", pieces, "k")).toEqual({
      kind: "existing",
      pieceId: prelude.id,
    });
  });

  test("anything else is a new piece; blank text is nothing", () => {
    expect(choosePiece(" Gymnopédie No. 1 ", " Satie ", pieces, "k")).toEqual({
      kind: "new",
      key: "k",
      title: "Gymnopédie No. 1",
      composer: "Satie",
      isConfirmedNew: false,
    });
    expect(choosePiece("  ", "", pieces, "k")).toBeUndefined();
  });
});

describe("findProbableDuplicate", () => {
  const typo: FormPiece = {
    kind: "new",
    key: "k1",
    title: "Clair de lune",
    composer: "Debussy",
    isConfirmedNew: false,
  };

  test("warns about a new piece close to a repertoire piece", () => {
    expect(findProbableDuplicate([typo], pieces)?.candidate.piece.id).toBe(clair.id);
  });

  test("stays quiet for a confirmed or unrelated piece", () => {
    expect(findProbableDuplicate([{ ...typo, isConfirmedNew: true }], pieces)).toBeUndefined();
    expect(
      findProbableDuplicate([{ ...typo, title: "Hungarian Rhapsody No. 2", composer: "Liszt" }], pieces),
    ).toBeUndefined();
  });

  test("answering replaces the piece or keeps it new", () => {
    expect(resolveDuplicate([typo], "k1", { useExistingId: clair.id })).toEqual([
      { kind: "existing", pieceId: clair.id },
    ]);
    expect(resolveDuplicate([typo], "k1", "keepNew")).toEqual([{ ...typo, isConfirmedNew: true }]);
  });
});
