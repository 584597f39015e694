import type { Milestone, StreakSummary } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";

interface StreakPanelProps {
  readonly streaks: StreakSummary;
  readonly milestones: readonly Milestone[];
}

/** Current and longest forgiving streak, and the cumulative milestones reached so far. */
export function StreakPanel({ streaks, milestones }: StreakPanelProps) {
  const t = useT();
  const { formatNumber, formatLocalDate } = useFormatters();
  const days = (count: number) => t("goals.days", { count });
  return (
    <section className="panel" aria-labelledby="goals-streaks">
      <h2 id="goals-streaks">{t("goals.streakTitle")}</h2>
      <p className="goals__muted">{t("goals.streakIntro")}</p>
      <dl className="goals__stats">
        <div>
          <dt>{t("goals.currentStreak")}</dt>
          <dd>{days(streaks.currentDays)}</dd>
        </div>
        <div>
          <dt>{t("goals.longestStreak")}</dt>
          <dd>{days(streaks.longestDays)}</dd>
        </div>
      </dl>
      {streaks.isPractisedToday && <p>{t("goals.practisedToday")}</p>}
      {streaks.currentDays > 0 && streaks.isRestDayAvailable && (
        <p className="goals__muted">{t("goals.restDayAvailable")}</p>
      )}
      <h3 className="goals__subheading">{t("goals.milestonesTitle")}</h3>
      <ul className="goals__milestones">
        {milestones.map((milestone) => {
          const name =
            milestone.kind === "hours"
              ? t("goals.milestone.hours", { count: milestone.threshold })
              : t("goals.milestone.streak", { count: formatNumber(milestone.threshold) });
          const state = !milestone.isReached
            ? t("goals.milestone.notYet")
            : milestone.reachedDate === undefined
              ? t("goals.milestone.reached")
              : t("goals.milestone.reachedOn", { date: formatLocalDate(milestone.reachedDate, "medium") });
          return (
            <li
              key={`${milestone.kind}-${milestone.threshold}`}
              className={milestone.isReached ? "goals__milestone is-reached" : "goals__milestone"}
            >
              <span aria-hidden="true">{milestone.isReached ? "★" : "☆"}</span>
              <span>{name}</span>
              <span className="goals__muted">{state}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
