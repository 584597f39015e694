import type { PieceDoc } from "@mirubato/schema";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { DuplicatePieceWarning } from "./duplicate-piece-warning";
import { EntryBasicsFields } from "./entry-basics-fields";
import type { EntryFormBase, EntryFormValues } from "./entry-form-values";
import { PiecePicker } from "./piece-picker";
import { useEntryForm } from "./use-entry-form";

export interface EntryFormProps {
  readonly initial: EntryFormValues;
  readonly base: EntryFormBase;
  readonly editingId: string | undefined;
  readonly pieces: readonly PieceDoc[];
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

/** Every field of a practice entry; saving warns first about a probable duplicate new piece. */
export function EntryForm({ initial, base, editingId, pieces, onSaved, onCancel }: EntryFormProps) {
  const t = useT();
  const form = useEntryForm({ initial, base, editingId, pieces, onSaved });
  const { values, update } = form;
  const piecesById = useMemo(() => new Map(pieces.map((piece) => [piece.id, piece])), [pieces]);
  return (
    <form className="entry-form" onSubmit={form.submit} noValidate>
      <EntryBasicsFields form={form} />
      <PiecePicker form={form} pieces={pieces} piecesById={piecesById} />
      <Field label={t("logbook.form.techniques")} hint={t("logbook.form.listHint")}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.techniques}
            onChange={(event) => update("techniques", event.target.value)}
          />
        )}
      </Field>
      <Field label={t("logbook.form.notes")}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            value={values.notes}
            maxLength={10_000}
            onChange={(event) => update("notes", event.target.value)}
          />
        )}
      </Field>
      <Field label={t("logbook.form.tags")} hint={t("logbook.form.listHint")}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.tags}
            onChange={(event) => update("tags", event.target.value)}
          />
        )}
      </Field>
      {form.duplicate !== undefined && (
        <DuplicatePieceWarning duplicate={form.duplicate} onAnswer={form.answerDuplicate} />
      )}
      {form.saveError !== undefined && (
        <p role="alert" className="field__error">
          {t("logbook.saveFailed")}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={form.isSaving}>
          {t("logbook.form.save")}
        </Button>
        <Button onClick={onCancel}>{t("ui.cancel")}</Button>
      </div>
    </form>
  );
}
