import type { TrendBucket, TrendPoint } from "@mirubato/domain";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { createLocalDateFormat } from "../../i18n/calendar-format";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { ChartFigure } from "./chart-figure";
import { useElementWidth } from "./use-element-width";

const height = 200;
const margin = { top: 16, right: 8, bottom: 24, left: 8 };

const labelFormats: Record<TrendBucket, Intl.DateTimeFormatOptions> = {
  day: { month: "short", day: "numeric" },
  week: { month: "short", day: "numeric" },
  month: { month: "short", year: "2-digit" },
};

/** Practice time per day, week or month as bars (visx scales), with a table alternative. */
export function TrendChart({
  points,
  bucket,
}: {
  readonly points: readonly TrendPoint[];
  readonly bucket: TrendBucket;
}) {
  const t = useT();
  const locale = useLocale();
  const { formatDuration, formatNumber } = useFormatters();
  const { ref, width } = useElementWidth<HTMLDivElement>(640);
  const formatLabel = createLocalDateFormat(locale, labelFormats[bucket]);
  const x = scaleBand({
    domain: points.map((point) => point.periodStartDate),
    range: [margin.left, width - margin.right],
    padding: 0.2,
  });
  const maxSec = Math.max(60, ...points.map((point) => point.totalSec));
  const y = scaleLinear({ domain: [0, maxSec], range: [height - margin.bottom, margin.top], nice: true });
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(width / 70))));
  const table = {
    columns: [t("reports.column.period"), t("reports.column.time"), t("reports.column.sessions")],
    rows: points.map((point) => [
      formatLabel(point.periodStartDate),
      formatDuration(point.totalSec),
      formatNumber(point.sessionCount),
    ]),
  };
  return (
    <ChartFigure
      title={t(`reports.trend.title.${bucket}`)}
      description={t("reports.trend.description")}
      table={table}
    >
      {({ title, titleId, descriptionId }) => (
        <div ref={ref} className="chart__canvas">
          <svg
            width={width}
            height={height}
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
          >
            <title>{title}</title>
            <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} className="chart__axis" />
            <text x={margin.left} y={margin.top - 4} className="chart__tick">
              {formatDuration(y.domain()[1] ?? maxSec)}
            </text>
            {points.map((point, index) => {
              const barX = x(point.periodStartDate) ?? 0;
              const barY = y(point.totalSec);
              return (
                <g key={point.periodStartDate}>
                  <Bar x={barX} y={barY} width={x.bandwidth()} height={y(0) - barY} className="chart__bar">
                    <title>{`${formatLabel(point.periodStartDate)}: ${formatDuration(point.totalSec)}`}</title>
                  </Bar>
                  {index % labelEvery === 0 && (
                    <text
                      x={barX + x.bandwidth() / 2}
                      y={height - 6}
                      textAnchor="middle"
                      className="chart__tick"
                    >
                      {formatLabel(point.periodStartDate)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      )}
    </ChartFigure>
  );
}
