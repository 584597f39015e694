import type { PieceDoc } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { InstrumentField } from "../logbook/instrument-field";
import {
  type PieceFormError,
  type PieceFormErrors,
  type PieceFormValues,
  parsePieceStatus,
  validatePieceForm,
} from "./piece-form-values";
import { PieceStatusOptions } from "./status-options";
import { usePieceActions } from "./use-piece-actions";

const errorMessages = {
  required: "repertoire.error.required",
  invalidTempo: "repertoire.error.invalidTempo",
  invalidLink: "repertoire.error.invalidLink",
  invalidDifficulty: "repertoire.error.invalidDifficulty",
} as const satisfies Record<PieceFormError, MessageKey>;

interface PieceFormProps {
  readonly initial: PieceFormValues;
  readonly existing: PieceDoc | undefined;
  readonly onSaved: (pieceId: string) => void;
  readonly onCancel: () => void;
}

/** Title, composer, catalogue, instrument, status, difficulty, target tempo, notes and links. */
export function PieceForm({ initial, existing, onSaved, onCancel }: PieceFormProps) {
  const t = useT();
  const { savePiece } = usePieceActions();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PieceFormErrors>({});
  const [isSaving, setIsSaving] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const set = (field: Exclude<keyof PieceFormValues, "status">) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const error = (field: keyof PieceFormErrors) => {
    const found = errors[field];
    return found === undefined ? undefined : t(errorMessages[found]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (isSaving) return;
    const found = validatePieceForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsSaving(true);
    const result = await savePiece(values, existing);
    setIsSaving(false);
    if (result.ok) onSaved(result.pieceId);
    else setHasFailed(true);
  };
  const text = (
    field: "title" | "composer" | "catalogue" | "targetTempoBpm",
    label: MessageKey,
    hint?: MessageKey,
  ) => (
    <Field
      label={t(label)}
      hint={hint === undefined ? undefined : t(hint)}
      error={field === "title" || field === "targetTempoBpm" ? error(field) : undefined}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={values[field]}
          onChange={set(field)}
          {...(field === "targetTempoBpm"
            ? { type: "number", min: 10, max: 400, inputMode: "numeric" as const }
            : {})}
        />
      )}
    </Field>
  );
  return (
    <form className="entry-form" onSubmit={(event) => void submit(event)} noValidate>
      {text("title", "repertoire.form.title")}
      <div className="form-grid">
        {text("composer", "repertoire.form.composer")}
        {text("catalogue", "repertoire.form.catalogue", "repertoire.form.catalogueHint")}
        <InstrumentField
          label={t("repertoire.form.instrument")}
          value={values.instrument}
          error={error("instrument")}
          onChange={(instrument) => setValues((current) => ({ ...current, instrument }))}
        />
        <Field label={t("repertoire.form.status")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.status}
              onChange={(event) =>
                setValues((current) => ({
                  ...current,
                  status: parsePieceStatus(event.target.value) ?? current.status,
                }))
              }
            >
              <PieceStatusOptions />
            </select>
          )}
        </Field>
        <Field label={t("repertoire.form.difficulty")} error={error("difficulty")}>
          {(control) => (
            <select {...control} className="input" value={values.difficulty} onChange={set("difficulty")}>
              <option value="">{t("repertoire.form.difficultyNone")}</option>
              {[1, 2, 3, 4, 5].map((level) => (
                <option key={level} value={String(level)}>
                  {t("repertoire.form.difficultyLevel", { level })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("targetTempoBpm", "repertoire.form.targetTempo")}
      </div>
      <Field label={t("repertoire.form.notes")}>
        {(control) => (
          <textarea
            {...control}
            className="input"
            value={values.notes}
            onChange={set("notes")}
            maxLength={10_000}
          />
        )}
      </Field>
      <Field label={t("repertoire.form.links")} hint={t("repertoire.form.linksHint")} error={error("links")}>
        {(control) => (
          <textarea {...control} className="input" value={values.links} onChange={set("links")} />
        )}
      </Field>
      {hasFailed && (
        <p role="alert" className="field__error">
          {t("repertoire.saveFailed")}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {t("repertoire.form.save")}
        </Button>
        <Button onClick={onCancel}>{t("ui.cancel")}</Button>
      </div>
    </form>
  );
}
