import type { HeatmapDay } from "@mirubato/domain";
import { createLocalDateFormat, listWeekdayNames } from "../../i18n/calendar-format";
import { useLocale, useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { ChartFigure } from "./chart-figure";
import { layoutHeatmap } from "./heatmap-layout";

const cellSize = 13;
const gap = 3;
const left = 30;
const top = 16;
const levels = [0, 1, 2, 3, 4] as const;

/** A calendar of practice per day (weeks as columns), with the practised days as a table. */
export function HeatmapChart({
  days,
  weekStartDay,
}: {
  readonly days: readonly HeatmapDay[];
  readonly weekStartDay: number;
}) {
  const t = useT();
  const locale = useLocale();
  const { formatDuration, formatLocalDate } = useFormatters();
  const layout = layoutHeatmap(days, weekStartDay);
  const formatMonth = createLocalDateFormat(locale, { month: "short" });
  const weekdays = listWeekdayNames(locale, weekStartDay, "narrow");
  const step = cellSize + gap;
  const width = left + layout.columnCount * step;
  const height = top + 7 * step;
  const table = {
    columns: [t("reports.column.date"), t("reports.column.time")],
    rows: days
      .filter((day) => day.totalSec > 0)
      .map((day) => [formatLocalDate(day.localDate, "medium"), formatDuration(day.totalSec)]),
  };
  return (
    <ChartFigure
      title={t("reports.heatmap.title")}
      description={t("reports.heatmap.description")}
      table={table}
    >
      {({ title, titleId, descriptionId }) => (
        // Wider than a phone: the scroll box takes focus so the keyboard can scroll it too (WCAG
        // 2.1.1); a screen reader announces the chart image inside it.
        <div
          className="chart__canvas chart__canvas--scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
          tabIndex={0}
        >
          <svg
            width={width}
            height={height}
            role="img"
            aria-labelledby={titleId}
            aria-describedby={descriptionId}
          >
            <title>{title}</title>
            {layout.monthStarts.map((month) => (
              <text key={month.localDate} x={left + month.column * step} y={top - 5} className="chart__tick">
                {formatMonth(month.localDate)}
              </text>
            ))}
            {[0, 2, 4, 6].map((row) => (
              <text key={row} x={0} y={top + row * step + cellSize - 2} className="chart__tick">
                {weekdays[row]}
              </text>
            ))}
            {layout.cells.map((cell) => (
              <rect
                key={cell.localDate}
                x={left + cell.column * step}
                y={top + cell.row * step}
                width={cellSize}
                height={cellSize}
                rx={2}
                className={`chart__heat chart__heat--${cell.level}`}
              >
                <title>
                  {t("reports.heatmap.cell", {
                    date: formatLocalDate(cell.localDate, "medium"),
                    duration: formatDuration(cell.totalSec),
                  })}
                </title>
              </rect>
            ))}
          </svg>
        </div>
      )}
    </ChartFigure>
  );
}

/** The heatmap's colour scale, for the legend under it. */
export function HeatmapLegend() {
  const t = useT();
  return (
    <p className="chart__legend" aria-hidden="true">
      <span>{t("reports.heatmap.legendLess")}</span>
      {levels.map((level) => (
        <svg key={level} width={cellSize} height={cellSize} aria-hidden="true">
          <rect width={cellSize} height={cellSize} rx={2} className={`chart__heat chart__heat--${level}`} />
        </svg>
      ))}
      <span>{t("reports.heatmap.legendMore")}</span>
    </p>
  );
}
