import type { BreakdownDimension, BreakdownRow } from "@mirubato/domain";
import { scaleLinear } from "@visx/scale";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { ChartFigure } from "./chart-figure";
import { useBreakdownLabel } from "./use-breakdown-label";

const shownRows = 10;

interface BreakdownChartProps {
  readonly rows: readonly BreakdownRow[];
  readonly dimension: BreakdownDimension;
  readonly totalSec: number;
}

/** The largest rows of a breakdown as horizontal bars (HTML, so long titles wrap), every row in the table. */
export function BreakdownChart({ rows, dimension, totalSec }: BreakdownChartProps) {
  const t = useT();
  const locale = useLocale();
  const { formatDuration, formatNumber } = useFormatters();
  const labelOf = useBreakdownLabel(dimension);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const x = scaleLinear({ domain: [0, Math.max(1, rows[0]?.totalSec ?? 1)], range: [0, 100] });
  const shareOf = (row: BreakdownRow) => (totalSec > 0 ? percent.format(row.totalSec / totalSec) : "");
  const table = {
    columns: [
      t("reports.column.name"),
      t("reports.column.time"),
      t("reports.column.sessions"),
      t("reports.column.share"),
    ],
    rows: rows.map((row) => [
      labelOf(row),
      formatDuration(row.totalSec),
      formatNumber(row.sessionCount),
      shareOf(row),
    ]),
  };
  return (
    <ChartFigure
      title={t("reports.breakdown.title")}
      description={t("reports.breakdown.description")}
      table={table}
      note={dimension === "tag" ? t("reports.breakdown.tagNote") : undefined}
    >
      {({ titleId, descriptionId }) =>
        rows.length === 0 ? (
          <p className="chart__description">{t("reports.breakdown.noData")}</p>
        ) : (
          <ol className="chart__bars" aria-labelledby={titleId} aria-describedby={descriptionId}>
            {rows.slice(0, shownRows).map((row) => (
              <li key={row.key ?? ""} className="chart__bar-row">
                <span className="chart__bar-label">{labelOf(row)}</span>
                <span className="chart__bar-track" aria-hidden="true">
                  <span className="chart__bar-fill" style={{ width: `${x(row.totalSec)}%` }} />
                </span>
                <span className="chart__bar-value">{formatDuration(row.totalSec)}</span>
              </li>
            ))}
          </ol>
        )
      }
    </ChartFigure>
  );
}
