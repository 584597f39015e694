import { Mood, PracticeType } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { Field } from "../../ui/field";
import type { EntryFormError } from "./entry-form-values";
import { InstrumentField } from "./instrument-field";
import type { EntryFormState } from "./use-entry-form";

const errorMessages = {
  required: "logbook.error.required",
  invalidDate: "logbook.error.invalidDate",
  invalidTime: "logbook.error.invalidTime",
  invalidDuration: "logbook.error.invalidDuration",
} as const satisfies Record<EntryFormError, MessageKey>;

/** When, how long, what kind, on which instrument and in what mood: the entry form's first fields. */
export function EntryBasicsFields({ form }: { readonly form: EntryFormState }) {
  const t = useT();
  const { values, errors, update } = form;
  const error = (field: keyof typeof errors) => {
    const found = errors[field];
    return found === undefined ? undefined : t(errorMessages[found]);
  };
  return (
    <div className="form-grid">
      <Field label={t("logbook.form.date")} error={error("localDate")}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="date"
            required
            value={values.localDate}
            onChange={(event) => update("localDate", event.target.value)}
          />
        )}
      </Field>
      <Field label={t("logbook.form.startTime")} error={error("startTime")}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="time"
            required
            value={values.startTime}
            onChange={(event) => update("startTime", event.target.value)}
          />
        )}
      </Field>
      <Field label={t("logbook.form.duration")} error={error("durationMinutes")}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            required
            value={values.durationMinutes}
            onChange={(event) => update("durationMinutes", event.target.value)}
          />
        )}
      </Field>
      <Field label={t("logbook.form.type")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={values.type}
            onChange={(event) => update("type", toType(event.target.value))}
          >
            {Object.values(PracticeType).map((type) => (
              <option key={type} value={type}>
                {t(`entryType.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <InstrumentField
        label={t("logbook.form.instrument")}
        value={values.instrument}
        error={error("instrument")}
        onChange={(instrument) => update("instrument", instrument)}
      />
      <Field label={t("logbook.form.mood")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={values.mood}
            onChange={(event) => update("mood", toMood(event.target.value))}
          >
            <option value="">{t("logbook.form.noMood")}</option>
            {Object.values(Mood).map((mood) => (
              <option key={mood} value={mood}>
                {t(`mood.${mood}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}

function toType(value: string): PracticeType {
  return Object.values(PracticeType).find((type) => type === value) ?? "practice";
}

function toMood(value: string): Mood | "" {
  return Object.values(Mood).find((mood) => mood === value) ?? "";
}
