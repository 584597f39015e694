import type { PlanDay } from "@mirubato/domain";
import type { PracticePlanDoc } from "@mirubato/schema";
import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { Field } from "../../ui/field";
import { useFormatters } from "../../ui/use-formatters";
import { RadioChoices } from "../settings/radio-choices";
import {
  type CheckInErrors,
  type CheckInStatus,
  type CheckInValues,
  checkInStatuses,
  hasTempoLadder,
  toCheckInFields,
  toCheckInValues,
} from "./check-in-values";
import { usePlanActions } from "./use-plans";
import { WholeNumberField } from "./whole-number-field";

export interface CheckInTarget {
  readonly plan: PracticePlanDoc;
  readonly day: PlanDay;
}

interface CheckInDialogProps {
  readonly target: CheckInTarget | undefined;
  readonly onClose: () => void;
}

/** "Check in": how the day's plan went, a note, tempos reached and answers to its prompts. */
export function CheckInDialog({ target, onClose }: CheckInDialogProps) {
  const t = useT();
  return (
    <Dialog
      isOpen={target !== undefined}
      title={target === undefined ? "" : t("plans.checkIn.title", { title: target.plan.title })}
      onClose={onClose}
    >
      {target !== undefined && <CheckInForm key={target.day.occurrenceId} target={target} onDone={onClose} />}
    </Dialog>
  );
}

function CheckInForm({ target, onDone }: { readonly target: CheckInTarget; readonly onDone: () => void }) {
  const t = useT();
  const { formatLocalDate } = useFormatters();
  const { saveCheckIn } = usePlanActions();
  const { plan, day } = target;
  const [initialValues] = useState<CheckInValues>(() => toCheckInValues(plan, day.occurrence));
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<CheckInErrors>({});
  const [isFailed, setIsFailed] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = toCheckInFields(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const before = toCheckInFields(initialValues);
    const written = await saveCheckIn(
      plan,
      day.localDate,
      before.ok ? before.fields : result.fields,
      result.fields,
    );
    setIsFailed(written?.ok !== true);
    if (written?.ok === true) onDone();
  };
  return (
    <form className="plan-form" onSubmit={submit} noValidate>
      <p className="plans__muted">{formatLocalDate(day.localDate)}</p>
      {isFailed && (
        <p role="alert" className="plans__error">
          {t("plans.checkIn.failed")}
        </p>
      )}
      <RadioChoices<CheckInStatus>
        legend={t("plans.checkIn.howItWent")}
        name="check-in-status"
        value={values.status}
        onChange={(status) => setValues((current) => ({ ...current, status }))}
        options={checkInStatuses.map((status) => ({ value: status, label: t(`plans.status.${status}`) }))}
      />
      {plan.segments.filter(hasTempoLadder).map((segment) => (
        <WholeNumberField
          key={segment.id}
          label={t("plans.checkIn.tempo", { label: segment.label })}
          error={errors.tempos?.[segment.id] === undefined ? undefined : t("plans.checkIn.tempoError")}
          min={10}
          max={400}
          value={values.tempos[segment.id] ?? ""}
          onChange={(tempo) =>
            setValues((current) => ({ ...current, tempos: { ...current.tempos, [segment.id]: tempo } }))
          }
        />
      ))}
      {plan.reflectionPrompts.map((prompt) => (
        <Field key={prompt} label={prompt}>
          {(control) => (
            <textarea
              {...control}
              className="input"
              rows={2}
              value={values.responses[prompt] ?? ""}
              onChange={(event) =>
                setValues((current) => ({
                  ...current,
                  responses: { ...current.responses, [prompt]: event.target.value },
                }))
              }
            />
          )}
        </Field>
      ))}
      <Field
        label={t("plans.checkIn.note")}
        error={errors.note === undefined ? undefined : t("plans.error.too_long")}
      >
        {(control) => (
          <textarea
            {...control}
            className="input"
            rows={3}
            value={values.note}
            onChange={(event) => setValues((current) => ({ ...current, note: event.target.value }))}
          />
        )}
      </Field>
      <div className="plan-form__actions">
        <Button type="submit" variant="primary">
          {t("plans.checkIn.save")}
        </Button>
        <Button onClick={onDone}>{t("plans.cancel")}</Button>
      </div>
    </form>
  );
}
