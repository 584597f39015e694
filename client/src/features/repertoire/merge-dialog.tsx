import type { GoalDoc, PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Field } from "../../ui/field";
import { describePiece } from "../logbook/piece-choices";
import { usePieceActions } from "./use-piece-actions";

interface MergeDialogProps {
  readonly isOpen: boolean;
  readonly piece: PieceDoc;
  readonly pieces: readonly PieceDoc[];
  readonly entries: readonly PracticeEntryDoc[];
  readonly goals: readonly GoalDoc[];
  readonly onClose: () => void;
  readonly onMerged: (keptId: string) => void;
}

/** "Merge into…": choose the piece to keep; this one's entries and goals follow it. */
export function MergeDialog({ isOpen, piece, pieces, entries, goals, onClose, onMerged }: MergeDialogProps) {
  const t = useT();
  const { mergePieces } = usePieceActions();
  const others = pieces.filter((other) => other.id !== piece.id);
  const [keptId, setKeptId] = useState("");
  const [isMerging, setIsMerging] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const target = others.find((other) => other.id === keptId) ?? others[0];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (target === undefined || isMerging) return;
    setIsMerging(true);
    const result = await mergePieces(piece, target, entries, goals);
    setIsMerging(false);
    if (result.ok) onMerged(result.pieceId);
    else setHasFailed(true);
  };
  return (
    <Dialog isOpen={isOpen} title={t("repertoire.mergeTitle")} onClose={onClose}>
      {others.length === 0 ? (
        <p>{t("repertoire.mergeNoOther")}</p>
      ) : (
        <form className="entry-form" onSubmit={(event) => void submit(event)}>
          <p>{t("repertoire.mergeDescription", { title: piece.title })}</p>
          <Field label={t("repertoire.mergeTarget")}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={target?.id ?? ""}
                onChange={(event) => setKeptId(event.target.value)}
              >
                {others.map((other) => (
                  <option key={other.id} value={other.id}>
                    {describePiece(other)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {hasFailed && (
            <p role="alert" className="field__error">
              {t("repertoire.mergeFailed")}
            </p>
          )}
          <div className="button-row">
            <Button type="submit" variant="primary" disabled={isMerging}>
              {t("repertoire.mergeConfirm")}
            </Button>
            <Button onClick={onClose}>{t("ui.cancel")}</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
