import type { PieceDoc } from "@mirubato/schema";
import { type KeyboardEvent, useId } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { describePiece } from "./piece-choices";
import type { EntryFormState } from "./use-entry-form";

interface PiecePickerProps {
  readonly form: EntryFormState;
  readonly pieces: readonly PieceDoc[];
  readonly piecesById: ReadonlyMap<string, PieceDoc>;
}

/** Several pieces per entry: pick one from the repertoire (suggestions) or type a new title. */
export function PiecePicker({ form, pieces, piecesById }: PiecePickerProps) {
  const t = useT();
  const suggestionsId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    // Enter adds the piece instead of submitting the whole entry.
    event.preventDefault();
    form.addTypedPiece();
  };
  return (
    <div className="piece-picker">
      <Field label={t("logbook.form.pieces")} hint={t("logbook.form.piecesHint")}>
        {(control) => (
          <input
            {...control}
            className="input"
            list={suggestionsId}
            value={form.piece.text}
            onChange={(event) => form.piece.setText(event.target.value)}
            onKeyDown={onKeyDown}
            autoComplete="off"
          />
        )}
      </Field>
      <div className="piece-picker__row">
        <Field label={t("logbook.form.newPieceComposer")}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={form.piece.composer}
              onChange={(event) => form.piece.setComposer(event.target.value)}
              onKeyDown={onKeyDown}
            />
          )}
        </Field>
        <Button className="piece-picker__add" onClick={() => form.addTypedPiece()}>
          {t("logbook.form.addPiece")}
        </Button>
      </div>
      <datalist id={suggestionsId}>
        {pieces.map((piece) => (
          <option key={piece.id} value={describePiece(piece)} />
        ))}
      </datalist>
      {form.values.pieces.length > 0 && (
        <ul className="chip-list" aria-label={t("logbook.form.chosenPieces")}>
          {form.values.pieces.map((piece, index) => {
            const label =
              piece.kind === "new"
                ? t("logbook.form.newPieceChip", { title: piece.title })
                : describePiece(piecesById.get(piece.pieceId) ?? { title: t("logbook.unknownPiece") });
            return (
              <li key={piece.kind === "new" ? piece.key : piece.pieceId} className="chip">
                <span>{label}</span>
                <Button
                  variant="quiet"
                  className="button--small"
                  onClick={() => form.removePiece(index)}
                  aria-label={t("logbook.form.removePiece", { title: label })}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
