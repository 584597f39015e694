import type { PlanDay } from "@mirubato/domain";
import { getPlanMinutes } from "@mirubato/domain";
import type { PracticePlanDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { useFormatters } from "../../ui/use-formatters";
import type { OccurrenceEntries } from "./occurrence-entries";

interface PlanDayRowProps {
  readonly plan: PracticePlanDoc;
  readonly day: PlanDay;
  readonly linked: OccurrenceEntries | undefined;
  readonly onCheckIn: () => void;
  readonly onStart: () => void;
}

/** One plan due on a day: its minutes and status, what was logged for it, check in or practise. */
export function PlanDayRow({ plan, day, linked, onCheckIn, onStart }: PlanDayRowProps) {
  const t = useT();
  const { formatDuration } = useFormatters();
  const headingId = `plan-day-${day.occurrenceId}`;
  const isCheckedIn = day.occurrence !== undefined && day.status !== "scheduled" && day.status !== "expired";
  return (
    <li className="plan-day" aria-labelledby={headingId}>
      <div className="plan-day__text">
        <h3 id={headingId} className="plan-day__title">
          {plan.title}
        </h3>
        <p className="plans__muted">
          {t("plans.minutes", { count: getPlanMinutes(plan) })} ·{" "}
          <span className={`plan-status plan-status--${day.status}`}>{t(`plans.status.${day.status}`)}</span>
          {linked !== undefined &&
            ` · ${t("plans.linked", { count: linked.entries.length, duration: formatDuration(linked.totalSec) })}`}
        </p>
        {day.occurrence?.note !== undefined && day.occurrence.note !== "" && (
          <p className="plan-day__note">{day.occurrence.note}</p>
        )}
      </div>
      <div className="button-row">
        <Button className="button--small" onClick={onStart}>
          {t("plans.startPractising")}
        </Button>
        <Button className="button--small" variant={isCheckedIn ? "secondary" : "primary"} onClick={onCheckIn}>
          {t(isCheckedIn ? "plans.editCheckIn" : "plans.checkIn")}
        </Button>
      </div>
    </li>
  );
}
