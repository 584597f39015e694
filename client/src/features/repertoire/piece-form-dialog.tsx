import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Dialog } from "../../ui/dialog";
import { PieceForm } from "./piece-form";
import type { PieceFormValues } from "./piece-form-values";

export interface PieceDraft {
  readonly values: PieceFormValues;
  readonly existing?: PieceDoc;
}

/** The "New piece" / "Edit piece" dialog. */
export function PieceFormDialog({
  draft,
  onClose,
  onSaved,
}: {
  readonly draft: PieceDraft | undefined;
  readonly onClose: () => void;
  readonly onSaved?: (pieceId: string) => void;
}) {
  const t = useT();
  return (
    <Dialog
      isOpen={draft !== undefined}
      title={draft?.existing === undefined ? t("repertoire.newPiece") : t("repertoire.editPiece")}
      onClose={onClose}
    >
      {draft !== undefined && (
        <PieceForm
          initial={draft.values}
          existing={draft.existing}
          onSaved={(pieceId) => {
            onSaved?.(pieceId);
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
