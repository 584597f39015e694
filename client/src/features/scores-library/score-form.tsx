import type { PieceDoc } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { ChoiceSelect } from "./choice-select";
import { stylePeriodOrder } from "./library-view";
import { type ScoreFormErrors, type ScoreFormValues, validateScoreForm } from "./score-form-values";
import { ScoreTagsField } from "./score-tags-field";

const difficulties = ["1", "2", "3", "4", "5"].map((level) => ({ value: level, label: level }));

interface ScoreFormProps {
  readonly initialValues: ScoreFormValues;
  /** Terms processing found, offered as tags to accept. */
  readonly suggestedTags?: readonly string[];
  /** Pieces to link the score to; the field is left out when undefined (editing). */
  readonly pieces?: readonly PieceDoc[];
  /** Resolves to whether it was saved; the form stays open otherwise. */
  readonly onSubmit: (values: ScoreFormValues) => Promise<boolean>;
  readonly onCancel: () => void;
}

/** A score's metadata: title (required), composer, catalogue, period, key, difficulty, tags, piece. */
export function ScoreForm({ initialValues, suggestedTags = [], pieces, onSubmit, onCancel }: ScoreFormProps) {
  const t = useT();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<ScoreFormErrors>({});
  const [isSaving, setIsSaving] = useState(false);
  const change = (patch: Partial<ScoreFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const text = (
    name: "title" | "subtitle" | "composer" | "catalogue" | "instrument" | "key",
    label: string,
  ) => (
    <Field
      label={label}
      error={name === "title" && errors.title ? t("scores.form.titleRequired") : undefined}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          value={values[name]}
          maxLength={name === "key" ? 40 : 300}
          required={name === "title"}
          onChange={(event) => change({ [name]: event.target.value })}
        />
      )}
    </Field>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateScoreForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setIsSaving(true);
    const isSaved = await onSubmit(values);
    if (!isSaved) setIsSaving(false);
  };
  return (
    <form className="score-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        {text("title", t("scores.form.title"))}
        {text("subtitle", t("scores.form.subtitle"))}
        {text("composer", t("scores.form.composer"))}
        {text("catalogue", t("scores.form.catalogue"))}
        {text("instrument", t("scores.form.instrument"))}
        {text("key", t("scores.form.key"))}
        <ChoiceSelect
          label={t("scores.form.period")}
          value={values.stylePeriod}
          emptyLabel={t("scores.form.none")}
          choices={stylePeriodOrder.map((period) => ({ value: period, label: t(`scores.period.${period}`) }))}
          onChange={(value) =>
            change({ stylePeriod: stylePeriodOrder.find((period) => period === value) ?? "" })
          }
        />
        <ChoiceSelect
          label={t("scores.form.difficulty")}
          value={values.difficulty}
          emptyLabel={t("scores.form.none")}
          choices={difficulties}
          onChange={(difficulty) => change({ difficulty })}
        />
        {pieces !== undefined && pieces.length > 0 && (
          <ChoiceSelect
            label={t("scores.form.piece")}
            value={values.pieceId}
            emptyLabel={t("scores.form.none")}
            choices={pieces.map((piece) => ({
              value: piece.id,
              label: piece.composer === undefined ? piece.title : `${piece.title} — ${piece.composer}`,
            }))}
            onChange={(pieceId) => change({ pieceId })}
          />
        )}
      </div>
      <ScoreTagsField
        tags={values.tags}
        suggestedTags={suggestedTags}
        onChange={(tags) => change({ tags })}
      />
      <div className="button-row">
        <Button variant="primary" type="submit" disabled={isSaving}>
          {t("scores.form.save")}
        </Button>
        <Button onClick={onCancel}>{t("scores.form.cancel")}</Button>
      </div>
    </form>
  );
}
