import type { PracticeOverview } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";

/** Today, this week against last week so far, all-time totals and streaks. */
export function OverviewSection({ overview }: { readonly overview: PracticeOverview }) {
  const t = useT();
  const { formatDuration } = useFormatters();
  const stats = [
    {
      key: "today",
      label: t("reports.overview.today"),
      value: formatDuration(overview.todaySec),
      detail: undefined,
    },
    {
      key: "week",
      label: t("reports.overview.thisWeek"),
      value: formatDuration(overview.thisWeekSec),
      detail: t("reports.overview.lastWeek", { duration: formatDuration(overview.lastWeekToDateSec) }),
    },
    {
      key: "total",
      label: t("reports.overview.total"),
      value: formatDuration(overview.totalSec),
      detail: t("reports.overview.sessions", {
        count: overview.sessionCount,
        days: overview.practisedDayCount,
      }),
    },
    {
      key: "streak",
      label: t("reports.overview.currentStreak"),
      value: t("reports.overview.days", { count: overview.streaks.currentDays }),
      detail: t("reports.overview.longestStreak", { count: overview.streaks.longestDays }),
    },
  ];
  return (
    <section className="reports__section" aria-labelledby="reports-overview">
      <h2 id="reports-overview">{t("reports.overview")}</h2>
      <dl className="reports__stats">
        {stats.map((stat) => (
          <div key={stat.key} className="reports__stat">
            <dt>{stat.label}</dt>
            <dd className="reports__stat-value">{stat.value}</dd>
            {stat.detail !== undefined && <dd className="reports__stat-detail">{stat.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
