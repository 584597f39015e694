import { useT } from "../../i18n/i18n-context";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../sections/page-header";
import { ShareCardButton } from "../share-card/share-card-button";
import { AdherenceSection } from "./adherence-section";
import { BreakdownSection } from "./breakdown-section";
import { DateRangePicker } from "./date-range-picker";
import { HeatmapChart, HeatmapLegend } from "./heatmap-chart";
import { OverviewSection } from "./overview-section";
import { TrendChart } from "./trend-chart";
import { useReports } from "./use-reports";
import "./reports.css";

/** `/reports`: computed in the browser from the local database, online or not. */
export function ReportsPage() {
  const t = useT();
  const reports = useReports();
  const rangeTotalSec = reports.trend.reduce((sum, point) => sum + point.totalSec, 0);
  return (
    <div className="page reports">
      <PageHeader title={t("section.reports.name")} description={t("section.reports.description")} />
      {reports.isLoading ? (
        <p className="reports__muted">{t("reports.loading")}</p>
      ) : reports.entries.length === 0 ? (
        <EmptyState title={t("reports.empty")} description={t("reports.emptyDescription")} />
      ) : (
        <>
          <OverviewSection overview={reports.overview} />
          <section className="reports__section" aria-labelledby="reports-period">
            <div className="reports__period-head">
              <h2 id="reports-period">{t("reports.periodTitle")}</h2>
              <ShareCardButton
                entries={reports.entries}
                pieces={reports.pieces}
                range={reports.range}
                today={reports.today}
                weekStartDay={reports.weekStartDay}
              />
            </div>
            <DateRangePicker
              preset={reports.preset}
              range={reports.range}
              onPresetChange={reports.setPreset}
              onCustomRange={(range) => {
                reports.setCustomRange(range);
                reports.setPreset("custom");
              }}
            />
            <HeatmapChart days={reports.heatmap} weekStartDay={reports.weekStartDay} />
            <HeatmapLegend />
            <TrendChart points={reports.trend} bucket={reports.bucket} />
            <BreakdownSection
              rows={reports.breakdown}
              dimension={reports.dimension}
              onDimensionChange={reports.setDimension}
              totalSec={rangeTotalSec}
            />
            <AdherenceSection range={reports.range} />
          </section>
        </>
      )}
    </div>
  );
}
