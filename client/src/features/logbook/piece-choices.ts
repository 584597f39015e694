/**
 * Choosing pieces in the entry form: matching typed text to the repertoire, and the probable
 * duplicate check run when the entry is saved (identity is the piece id; a fuzzy match is only a
 * warning the musician answers).
 */
import { type DuplicateCandidate, findDuplicatePieces } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import type { FormPiece } from "./entry-form-values";

/**
 * How a piece is offered in the picker's suggestions: "Title — Composer".
 *
 * @example
 * describePiece({ title: "Clair de lune", composer: "Debussy" }); // "Clair de lune — Debussy"
 */
export function describePiece(piece: Pick<PieceDoc, "title" | "composer">): string {
  return piece.composer === undefined || piece.composer === ""
    ? piece.title
    : `${piece.title} — ${piece.composer}`;
}

/**
 * The form piece for typed text: the repertoire piece it names exactly (its suggestion, or a title
 * only one piece has, case ignored), otherwise a new piece.
 *
 * @example
 * choosePiece("clair de lune", "", pieces, "k1"); // { kind: "existing", pieceId: … }
 */
export function choosePiece(
  text: string,
  composer: string,
  pieces: readonly PieceDoc[],
  key: string,
): FormPiece | undefined {
  const typed = text.trim();
  if (typed === "") return undefined;
  const folded = typed.toLocaleLowerCase();
  const bySuggestion = pieces.find((piece) => describePiece(piece).toLocaleLowerCase() === folded);
  const byTitle = pieces.filter((piece) => piece.title.toLocaleLowerCase() === folded);
  const match = bySuggestion ?? (byTitle.length === 1 ? byTitle[0] : undefined);
  if (match !== undefined) return { kind: "existing", pieceId: match.id };
  return { kind: "new", key, title: typed, composer: composer.trim(), isConfirmedNew: false };
}

export interface ProbableDuplicate {
  /** The new piece's form key. */
  readonly key: string;
  readonly title: string;
  readonly candidate: DuplicateCandidate;
}

/**
 * The first new piece in the form that probably is a repertoire piece already, unless the
 * musician has already chosen to keep it new.
 *
 * @example
 * findProbableDuplicate(values.pieces, pieces)?.candidate.piece.title; // "Clair de Lune"
 */
export function findProbableDuplicate(
  formPieces: readonly FormPiece[],
  pieces: readonly PieceDoc[],
): ProbableDuplicate | undefined {
  for (const piece of formPieces) {
    if (piece.kind !== "new" || piece.isConfirmedNew) continue;
    const identity =
      piece.composer === "" ? { title: piece.title } : { title: piece.title, composer: piece.composer };
    const [candidate] = findDuplicatePieces(identity, pieces, { maxCount: 1 });
    if (candidate !== undefined) return { key: piece.key, title: piece.title, candidate };
  }
  return undefined;
}

/**
 * The form's pieces after the musician answered a duplicate warning: the new piece replaced by the
 * existing one, or kept and marked as confirmed.
 *
 * @example
 * resolveDuplicate(values.pieces, "k1", { useExistingId: piece.id });
 */
export function resolveDuplicate(
  formPieces: readonly FormPiece[],
  key: string,
  choice: { readonly useExistingId: string } | "keepNew",
): FormPiece[] {
  return formPieces.map((piece) => {
    if (piece.kind !== "new" || piece.key !== key) return piece;
    return choice === "keepNew"
      ? { ...piece, isConfirmedNew: true }
      : { kind: "existing", pieceId: choice.useExistingId };
  });
}
