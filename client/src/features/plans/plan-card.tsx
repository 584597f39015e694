import { addDays, computeTempoProgress, getPlanMinutes, listPlanDays, type PlanDay } from "@mirubato/domain";
import type { PlanOccurrenceDoc, PracticePlanDoc } from "@mirubato/schema";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { useFormatters } from "../../ui/use-formatters";
import { SegmentTempo } from "./segment-tempo";
import { useScheduleText } from "./use-schedule-text";

interface PlanCardProps {
  readonly plan: PracticePlanDoc;
  readonly occurrences: readonly PlanOccurrenceDoc[];
  readonly today: string;
  readonly onEdit: () => void;
  readonly onToggleArchived: () => void;
  /** Checks in on a day up to today (a missed day can still be told how it went). */
  readonly onCheckIn: (day: PlanDay) => void;
}

const shownDaysBack = 7;
const shownDaysAhead = 7;

/** A plan: its schedule, items with their tempo progress, and how the past and coming week look. */
export function PlanCard({ plan, occurrences, today, onEdit, onToggleArchived, onCheckIn }: PlanCardProps) {
  const t = useT();
  const { formatLocalDate } = useFormatters();
  const scheduleText = useScheduleText();
  const planOccurrences = useMemo(
    () => occurrences.filter((occurrence) => occurrence.planId === plan.id),
    [occurrences, plan.id],
  );
  const days = useMemo(
    () =>
      listPlanDays(
        plan,
        planOccurrences,
        { fromDate: addDays(today, -shownDaysBack), toDate: addDays(today, shownDaysAhead) },
        today,
      ),
    [plan, planOccurrences, today],
  );
  const progress = useMemo(
    () =>
      new Map(
        computeTempoProgress(plan.segments, planOccurrences).map((segment) => [segment.segmentId, segment]),
      ),
    [plan.segments, planOccurrences],
  );
  const headingId = `plan-${plan.id}`;
  return (
    <li className="plan-card" aria-labelledby={headingId}>
      <div className="plan-card__head">
        <h3 id={headingId} className="plan-card__title">
          {plan.title}
        </h3>
        <div className="button-row">
          <Button className="button--small" onClick={onEdit}>
            {t("plans.edit")}
          </Button>
          <Button className="button--small" variant="quiet" onClick={onToggleArchived}>
            {t(plan.status === "active" ? "plans.archive" : "plans.restore")}
          </Button>
        </div>
      </div>
      <p className="plans__muted">
        {scheduleText(plan.schedule)} · {t("plans.minutes", { count: getPlanMinutes(plan) })}
      </p>
      <ul className="plan-card__items">
        {plan.segments.map((segment) => {
          const tempo = progress.get(segment.id);
          return (
            <li key={segment.id}>
              <span>
                {segment.label} · {t("plans.minutes", { count: segment.minutes })}
              </span>
              {tempo !== undefined && <SegmentTempo label={segment.label} tempo={tempo} />}
            </li>
          );
        })}
      </ul>
      {days.length > 0 && (
        <>
          <h4 className="plan-card__subheading">{t("plans.comingDays")}</h4>
          <ul className="plan-card__days">
            {days.map((day) => {
              const text = t("plans.dayStatus", {
                date: formatLocalDate(day.localDate, "medium"),
                status: t(`plans.status.${day.status}`),
              });
              return (
                <li key={day.localDate} className={`plan-status plan-status--${day.status}`}>
                  {day.localDate > today ? (
                    text
                  ) : (
                    <Button
                      variant="quiet"
                      className="button--small plan-card__day"
                      onClick={() => onCheckIn(day)}
                    >
                      {text}
                      <span className="visually-hidden"> — {t("plans.checkIn")}</span>
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </li>
  );
}
