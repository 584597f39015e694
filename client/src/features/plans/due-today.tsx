import { listDueToday } from "@mirubato/domain";
import { useMemo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useEntriesOn } from "../logbook/use-practice-data";
import { useToday } from "../logbook/use-today";
import { CheckInDialog, type CheckInTarget } from "./check-in-dialog";
import { groupEntriesByOccurrence } from "./occurrence-entries";
import { PlanDayRow } from "./plan-day-row";
import { usePlans } from "./use-plans";
import { useStartPlanPractice } from "./use-start-plan-practice";
import "./plans.css";

/**
 * Today's plans: each active plan that falls on today, with its check-in. On Today the section is
 * left out when nothing is due (`isShownWhenEmpty` keeps it on the plans page).
 */
export function DueToday({ isShownWhenEmpty = false }: { readonly isShownWhenEmpty?: boolean }) {
  const t = useT();
  const { today } = useToday();
  const { plans, occurrences, isLoading } = usePlans();
  const { entries } = useEntriesOn(today);
  const startPractice = useStartPlanPractice();
  const [target, setTarget] = useState<CheckInTarget | undefined>();
  const due = useMemo(() => listDueToday(plans, occurrences, today), [plans, occurrences, today]);
  const linked = useMemo(() => groupEntriesByOccurrence(entries), [entries]);
  if (isLoading || (due.length === 0 && !isShownWhenEmpty)) return null;
  return (
    <section className="today-section plans__due" aria-labelledby="plans-due-today">
      <h2 id="plans-due-today">{t("plans.dueToday")}</h2>
      {due.length === 0 ? (
        <p className="plans__muted">{t("plans.nothingDue")}</p>
      ) : (
        <ul className="plans__days">
          {due.map(({ plan, day }) => (
            <PlanDayRow
              key={day.occurrenceId}
              plan={plan}
              day={day}
              linked={linked.get(day.occurrenceId)}
              onCheckIn={() => setTarget({ plan, day })}
              onStart={() => startPractice(plan, day.occurrenceId)}
            />
          ))}
        </ul>
      )}
      <CheckInDialog target={target} onClose={() => setTarget(undefined)} />
    </section>
  );
}
