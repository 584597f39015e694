import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import type { PlanFormError, PlanItemErrors, PlanItemValues } from "./plan-form-values";
import { WholeNumberField } from "./whole-number-field";

interface PlanItemFieldsProps {
  readonly item: PlanItemValues;
  readonly number: number;
  readonly pieces: readonly PieceDoc[];
  readonly errors: PlanItemErrors | undefined;
  readonly onChange: (item: PlanItemValues) => void;
  readonly onRemove: (() => void) | undefined;
}

/** One plan item: a piece or a technique, its minutes and its tempo ladder. */
export function PlanItemFields({ item, number, pieces, errors, onChange, onRemove }: PlanItemFieldsProps) {
  const t = useT();
  const set = <Key extends keyof PlanItemValues>(key: Key, value: PlanItemValues[Key]) =>
    onChange({ ...item, [key]: value });
  const errorOf = (error: PlanFormError | undefined) =>
    error === undefined ? undefined : t(`plans.error.${error}`);
  const numberInput = (
    key: "minutes" | "startTempo" | "targetTempo",
    label: string,
    min: number,
    max: number,
  ) => (
    <WholeNumberField
      label={label}
      error={errorOf(errors?.[key])}
      min={min}
      max={max}
      value={item[key]}
      onChange={(value) => set(key, value)}
    />
  );
  return (
    <fieldset className="plan-form__item">
      <legend className="field__label">{t("plans.form.item", { number })}</legend>
      <div className="plan-form__row">
        <Field label={t("plans.form.itemKind")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={item.kind}
              onChange={(event) => set("kind", event.target.value === "piece" ? "piece" : "technique")}
            >
              <option value="technique">{t("plans.form.kind.technique")}</option>
              <option value="piece">{t("plans.form.kind.piece")}</option>
            </select>
          )}
        </Field>
        {item.kind === "piece" ? (
          <Field
            label={t("plans.form.kind.piece")}
            hint={pieces.length === 0 ? t("plans.form.noPieces") : undefined}
            error={errorOf(errors?.subject)}
          >
            {(control) => (
              <select
                {...control}
                className="input"
                value={item.pieceId}
                onChange={(event) => set("pieceId", event.target.value)}
              >
                <option value="">{t("plans.form.choosePiece")}</option>
                {pieces.map((piece) => (
                  <option key={piece.id} value={piece.id}>
                    {piece.composer === undefined ? piece.title : `${piece.title} — ${piece.composer}`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label={t("plans.form.technique")} error={errorOf(errors?.subject)}>
            {(control) => (
              <input
                {...control}
                className="input"
                value={item.technique}
                onChange={(event) => set("technique", event.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      <div className="plan-form__row">
        {numberInput("minutes", t("plans.form.minutes"), 1, 600)}
        {numberInput("startTempo", t("plans.form.startTempo"), 10, 400)}
        {numberInput("targetTempo", t("plans.form.targetTempo"), 10, 400)}
      </div>
      {onRemove !== undefined && (
        <Button variant="quiet" className="button--small" onClick={onRemove}>
          {t("plans.form.removeItem", { number })}
        </Button>
      )}
    </fieldset>
  );
}
