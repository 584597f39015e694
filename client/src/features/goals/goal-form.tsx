import type { PieceDoc } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import {
  defaultTargetValues,
  type GoalFormErrors,
  type GoalFormValues,
  goalKinds,
  repeatingPeriods,
  targetStatuses,
} from "./goal-form-values";

interface GoalFormProps {
  readonly initialValues: GoalFormValues;
  readonly pieces: readonly PieceDoc[];
  /** Returns the errors to show, or nothing when the goal was saved. */
  readonly onSubmit: (values: GoalFormValues) => Promise<GoalFormErrors | undefined>;
  readonly onCancel: () => void;
}

const targetLabelKeys = {
  practice_time: "goals.form.minutes",
  sessions: "goals.form.sessions",
  tempo: "goals.form.tempo",
  custom: "goals.form.count",
} as const;

/** The goal form: the fields each kind of goal needs, validated on save. */
export function GoalForm({ initialValues, pieces, onSubmit, onCancel }: GoalFormProps) {
  const t = useT();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<GoalFormErrors>({});
  const set = <Field extends keyof GoalFormValues>(field: Field, value: GoalFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorOf = (field: keyof GoalFormErrors) => {
    const error = errors[field];
    return error === undefined ? undefined : t(`goals.error.${error}`);
  };
  const changeKind = (value: string) => {
    const next = goalKinds.find((option) => option === value) ?? kind;
    setValues((current) => ({ ...current, kind: next, targetValue: defaultTargetValues[next] }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors((await onSubmit(values)) ?? {});
  };
  const { kind } = values;
  const needsPiece = kind === "piece_status" || kind === "tempo";
  return (
    <form className="goal-form" onSubmit={submit} noValidate>
      <Field label={t("goals.form.kind")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={kind}
            onChange={(event) => changeKind(event.target.value)}
          >
            {goalKinds.map((option) => (
              <option key={option} value={option}>
                {t(`goals.kind.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("goals.form.title")} hint={t("goals.form.titleHint")} error={errorOf("title")}>
        {(control) => (
          <input
            {...control}
            className="input"
            value={values.title}
            onChange={(event) => set("title", event.target.value)}
          />
        )}
      </Field>
      {needsPiece && (
        <Field
          label={t("goals.form.piece")}
          hint={pieces.length === 0 ? t("goals.form.noPieces") : undefined}
          error={errorOf("pieceId")}
        >
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.pieceId}
              onChange={(event) => set("pieceId", event.target.value)}
            >
              <option value="">{t("goals.form.choosePiece")}</option>
              {pieces.map((piece) => (
                <option key={piece.id} value={piece.id}>
                  {piece.composer === undefined ? piece.title : `${piece.title} — ${piece.composer}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === "piece_status" && (
        <Field label={t("goals.form.status")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={values.targetStatus}
              onChange={(event) =>
                set(
                  "targetStatus",
                  targetStatuses.find((s) => s === event.target.value) ?? values.targetStatus,
                )
              }
            >
              {targetStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`goals.status.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind !== "piece_status" && (
        <div className="goal-form__row">
          <Field
            label={t(targetLabelKeys[kind])}
            hint={kind === "tempo" ? t("goals.form.tempoHint") : undefined}
            error={errorOf("targetValue")}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={values.targetValue}
                onChange={(event) => set("targetValue", event.target.value)}
              />
            )}
          </Field>
          {!needsPiece && (
            <Field label={t("goals.form.period")}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={values.period}
                  onChange={(event) =>
                    set("period", repeatingPeriods.find((p) => p === event.target.value) ?? values.period)
                  }
                >
                  {repeatingPeriods.map((period) => (
                    <option key={period} value={period}>
                      {t(`goals.period.${period}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </div>
      )}
      {needsPiece && (
        <Field
          label={t(kind === "tempo" ? "goals.form.targetDateOptional" : "goals.form.targetDate")}
          error={errorOf("targetDate")}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={values.targetDate}
              onChange={(event) => set("targetDate", event.target.value)}
            />
          )}
        </Field>
      )}
      {kind === "custom" && (
        <Field
          label={t("goals.form.milestones")}
          hint={t("goals.form.milestonesHint")}
          error={errorOf("milestones")}
        >
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={4}
              value={values.milestones}
              onChange={(event) => set("milestones", event.target.value)}
            />
          )}
        </Field>
      )}
      <div className="goal-form__actions">
        <Button type="submit" variant="primary">
          {t("goals.saveGoal")}
        </Button>
        <Button onClick={onCancel}>{t("goals.cancel")}</Button>
      </div>
    </form>
  );
}
