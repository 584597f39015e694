import type { AdherenceCounts } from "@mirubato/domain";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { usePlanAdherence } from "../plans/use-plan-adherence";
import { ChartFigure } from "./chart-figure";
import type { ReportRange } from "./report-range";

/** Plan adherence for the selected period: a bar per plan (share of due days kept), every count in the table. */
export function AdherenceSection({ range }: { readonly range: ReportRange }) {
  const t = useT();
  const locale = useLocale();
  const { formatNumber } = useFormatters();
  const { total, plans } = usePlanAdherence(range);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const rateOf = (counts: AdherenceCounts) => (counts.rate === undefined ? "–" : percent.format(counts.rate));
  const countsOf = (counts: AdherenceCounts) =>
    [counts.due, counts.completed, counts.partial, counts.skipped, counts.missed].map(formatNumber);
  const table = {
    columns: [
      t("plans.adherence.column.plan"),
      t("plans.adherence.column.due"),
      t("plans.status.completed"),
      t("plans.status.partial"),
      t("plans.status.skipped"),
      t("plans.status.expired"),
      t("plans.adherence.column.rate"),
    ],
    rows: plans.map((plan) => [plan.title, ...countsOf(plan), rateOf(plan)]),
  };
  return (
    <ChartFigure
      title={t("plans.adherence.title")}
      description={
        total.due === 0
          ? t("plans.adherence.none")
          : t("plans.adherence.description", {
              completed: total.completed,
              partial: total.partial,
              skipped: total.skipped,
              missed: total.missed,
            })
      }
      table={table}
      note={total.rate === undefined ? undefined : t("plans.adherence.rate", { percent: rateOf(total) })}
    >
      {({ titleId, descriptionId }) =>
        plans.length > 0 && (
          <ol className="chart__bars" aria-labelledby={titleId} aria-describedby={descriptionId}>
            {plans.map((plan) => (
              <li key={plan.planId} className="chart__bar-row">
                <span className="chart__bar-label">{plan.title}</span>
                <span className="chart__bar-track" aria-hidden="true">
                  <span className="chart__bar-fill" style={{ width: `${(plan.rate ?? 0) * 100}%` }} />
                </span>
                <span className="chart__bar-value">{rateOf(plan)}</span>
              </li>
            ))}
          </ol>
        )
      }
    </ChartFigure>
  );
}
