import { type PieceDoc, uuidv7 } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { RadioChoices } from "../settings/radio-choices";
import {
  createPlanItem,
  type PlanEnd,
  type PlanFormError,
  type PlanFormErrors,
  type PlanFormValues,
  type PlanRepeat,
} from "./plan-form-values";
import { PlanItemFields } from "./plan-item-fields";
import { useWeekdayNames } from "./use-schedule-text";

interface PlanFormProps {
  readonly initialValues: PlanFormValues;
  readonly pieces: readonly PieceDoc[];
  /** Returns the errors to show, or nothing when the plan was saved. */
  readonly onSubmit: (values: PlanFormValues) => Promise<PlanFormErrors | undefined>;
  readonly onCancel: () => void;
}

const mondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

/** The plan editor: title, items, schedule, reflection prompts; validated on save. */
export function PlanForm({ initialValues, pieces, onSubmit, onCancel }: PlanFormProps) {
  const t = useT();
  const weekdays = useWeekdayNames("long");
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<PlanFormErrors>({});
  const set = <Key extends keyof PlanFormValues>(key: Key, value: PlanFormValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const errorOf = (error: PlanFormError | undefined) =>
    error === undefined ? undefined : t(`plans.error.${error}`);
  const toggleDay = (day: number) =>
    set(
      "daysOfWeek",
      values.daysOfWeek.includes(day)
        ? values.daysOfWeek.filter((d) => d !== day)
        : [...values.daysOfWeek, day],
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors((await onSubmit(values)) ?? {});
  };
  const textField = (
    key: "title" | "startDate" | "startTime" | "endDate" | "count" | "intervalDays",
    label: string,
    type = "text",
  ) => (
    <Field label={label} error={errorOf(errors[key])}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          value={values[key]}
          onChange={(event) => set(key, event.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form className="plan-form" onSubmit={submit} noValidate>
      {textField("title", t("plans.form.title"))}
      <fieldset className="plan-form__items">
        <legend className="field__label">{t("plans.form.items")}</legend>
        {errors.items !== undefined && <p className="field__error">{errorOf(errors.items)}</p>}
        {values.items.map((item, index) => (
          <PlanItemFields
            key={item.id}
            item={item}
            number={index + 1}
            pieces={pieces}
            errors={errors.itemErrors?.[item.id]}
            onChange={(changed) =>
              set(
                "items",
                values.items.map((other) => (other.id === item.id ? changed : other)),
              )
            }
            onRemove={
              values.items.length > 1
                ? () =>
                    set(
                      "items",
                      values.items.filter((other) => other.id !== item.id),
                    )
                : undefined
            }
          />
        ))}
        <Button
          className="button--small"
          onClick={() => set("items", [...values.items, createPlanItem(uuidv7)])}
        >
          {t("plans.form.addItem")}
        </Button>
      </fieldset>
      <RadioChoices<PlanRepeat>
        legend={t("plans.form.repeat")}
        name="plan-repeat"
        value={values.repeat}
        onChange={(repeat) => set("repeat", repeat)}
        options={[
          { value: "weekly", label: t("plans.form.repeat.weekly") },
          { value: "interval", label: t("plans.form.repeat.interval") },
        ]}
      />
      {values.repeat === "weekly" ? (
        <fieldset
          className="plan-form__days"
          aria-describedby={errors.daysOfWeek === undefined ? undefined : "plan-days-error"}
        >
          <legend className="field__label">{t("plans.form.days")}</legend>
          {mondayFirst.map((day) => (
            <label key={day} className="plan-form__day">
              <input
                type="checkbox"
                checked={values.daysOfWeek.includes(day)}
                onChange={() => toggleDay(day)}
              />
              {weekdays[day]}
            </label>
          ))}
          {errors.daysOfWeek !== undefined && (
            <p id="plan-days-error" className="field__error">
              {errorOf(errors.daysOfWeek)}
            </p>
          )}
        </fieldset>
      ) : (
        textField("intervalDays", t("plans.form.intervalDays"), "number")
      )}
      <div className="plan-form__row">
        {textField("startDate", t("plans.form.startDate"), "date")}
        {textField("startTime", t("plans.form.startTime"), "time")}
      </div>
      <RadioChoices<PlanEnd>
        legend={t("plans.form.end")}
        name="plan-end"
        value={values.end}
        onChange={(end) => set("end", end)}
        options={[
          { value: "never", label: t("plans.form.end.never") },
          { value: "date", label: t("plans.form.end.date") },
          { value: "count", label: t("plans.form.end.count") },
        ]}
      />
      {values.end === "date" && textField("endDate", t("plans.form.endDate"), "date")}
      {values.end === "count" && textField("count", t("plans.form.count"), "number")}
      <Field
        label={t("plans.form.prompts")}
        hint={t("plans.form.promptsHint")}
        error={errorOf(errors.prompts)}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={3}
            value={values.prompts}
            onChange={(event) => set("prompts", event.target.value)}
          />
        )}
      </Field>
      <div className="plan-form__actions">
        <Button type="submit" variant="primary">
          {t("plans.form.save")}
        </Button>
        <Button onClick={onCancel}>{t("plans.cancel")}</Button>
      </div>
    </form>
  );
}
