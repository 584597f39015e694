import { formatStopwatch } from "@mirubato/domain";
import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Field } from "../../ui/field";
import { type EntryDraft, EntryFormDialog } from "../logbook/entry-form-dialog";
import { usePieces } from "../logbook/use-practice-data";
import { PageHeader } from "../sections/page-header";
import { TimerControls } from "./timer-controls";
import { reminderChoicesMinutes } from "./timer-store";
import { useTimer } from "./use-timer";
import { useTimerEntryDraft } from "./use-timer-entry";
import { requestReminderPermission } from "./use-timer-reminders";
import "../logbook/logbook.css";
import "./timer.css";

/** The practice timer: a stopwatch from timestamps, reminders, and Stop → the prefilled entry form. */
export function PracticePage() {
  const t = useT();
  const { state, elapsedSec, reminderMinutes, plan, actions } = useTimer();
  const { pieces } = usePieces();
  const createDraft = useTimerEntryDraft();
  const [draft, setDraft] = useState<EntryDraft | undefined>();
  const openForm = () => setDraft(createDraft());
  const stop = () => {
    actions.stop();
    openForm();
  };
  return (
    <div className="page">
      <PageHeader title={t("section.practice.name")} description={t("section.practice.description")} />
      <section className="timer-panel" aria-label={t("timer.panelLabel")}>
        <p className="timer-panel__display" role="timer" aria-label={t("timer.elapsed")}>
          {formatStopwatch(elapsedSec)}
        </p>
        <p className="timer-panel__status">{t(`timer.status.${state.status}`)}</p>
        {plan !== undefined && (
          <p className="timer-panel__status">{t("plans.timerFor", { title: plan.planTitle })}</p>
        )}
        <TimerControls state={state} actions={actions} onStop={stop} onSave={openForm} />
      </section>
      <Field label={t("timer.reminder.label")} hint={t("timer.reminder.hint")} className="timer-reminder">
        {(control) => (
          <select
            {...control}
            className="input"
            value={reminderMinutes}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              if (minutes > 0) requestReminderPermission();
              actions.setReminderMinutes(minutes);
            }}
          >
            {reminderChoicesMinutes.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? t("timer.reminder.off") : t("timer.reminder.every", { minutes })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <EntryFormDialog
        draft={draft}
        pieces={pieces}
        onClose={() => setDraft(undefined)}
        onSaved={actions.reset}
      />
    </div>
  );
}
