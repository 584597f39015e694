import type { BreakdownDimension, BreakdownRow } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { Field } from "../../ui/field";
import { BreakdownChart } from "./breakdown-chart";

const dimensions = [
  "piece",
  "composer",
  "instrument",
  "type",
  "tag",
] as const satisfies readonly BreakdownDimension[];

interface BreakdownSectionProps {
  readonly rows: readonly BreakdownRow[];
  readonly dimension: BreakdownDimension;
  readonly onDimensionChange: (dimension: BreakdownDimension) => void;
  readonly totalSec: number;
}

/** Time by piece, composer, instrument, type or tag over the chosen period. */
export function BreakdownSection({ rows, dimension, onDimensionChange, totalSec }: BreakdownSectionProps) {
  const t = useT();
  return (
    <div className="reports__breakdown">
      <Field label={t("reports.breakdown.by")} className="reports__dimension">
        {(control) => (
          <select
            {...control}
            className="input"
            value={dimension}
            onChange={(event) =>
              onDimensionChange(dimensions.find((option) => option === event.target.value) ?? dimension)
            }
          >
            {dimensions.map((option) => (
              <option key={option} value={option}>
                {t(`reports.dimension.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BreakdownChart rows={rows} dimension={dimension} totalSec={totalSec} />
    </div>
  );
}
