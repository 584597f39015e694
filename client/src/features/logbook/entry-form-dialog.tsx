import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Dialog } from "../../ui/dialog";
import { EntryForm } from "./entry-form";
import type { EntryFormBase, EntryFormValues } from "./entry-form-values";

/** What the entry dialog opens with: a new, prefilled (timer) or existing entry. */
export interface EntryDraft {
  readonly values: EntryFormValues;
  readonly base: EntryFormBase;
  readonly editingId?: string;
}

interface EntryFormDialogProps {
  readonly draft: EntryDraft | undefined;
  readonly pieces: readonly PieceDoc[];
  readonly onClose: () => void;
  readonly onSaved?: () => void;
}

/** The "New entry" / "Edit entry" dialog. */
export function EntryFormDialog({ draft, pieces, onClose, onSaved }: EntryFormDialogProps) {
  const t = useT();
  const title = draft?.editingId === undefined ? t("logbook.newEntry") : t("logbook.editEntry");
  return (
    <Dialog isOpen={draft !== undefined} title={title} onClose={onClose}>
      {draft !== undefined && (
        <EntryForm
          key={draft.editingId ?? "new"}
          initial={draft.values}
          base={draft.base}
          editingId={draft.editingId}
          pieces={pieces}
          onSaved={() => {
            onSaved?.();
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
