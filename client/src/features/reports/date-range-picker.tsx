import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useFormatters } from "../../ui/use-formatters";
import {
  type CustomRangeResult,
  isRangePreset,
  parseCustomRange,
  type RangePreset,
  type ReportRange,
  rangePresets,
} from "./report-range";

interface DateRangePickerProps {
  readonly preset: RangePreset;
  readonly range: ReportRange;
  readonly onPresetChange: (preset: RangePreset) => void;
  readonly onCustomRange: (range: ReportRange) => void;
}

/** A preset period, or two dates applied together; says which dates are shown. */
export function DateRangePicker({ preset, range, onPresetChange, onCustomRange }: DateRangePickerProps) {
  const t = useT();
  const { formatLocalDate } = useFormatters();
  const [fromDate, setFromDate] = useState(range.fromDate);
  const [toDate, setToDate] = useState(range.toDate);
  const [error, setError] = useState<Extract<CustomRangeResult, { ok: false }>["reason"] | undefined>();
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const result = parseCustomRange(fromDate, toDate);
    setError(result.ok ? undefined : result.reason);
    if (result.ok) onCustomRange(result.range);
  };
  return (
    <div className="reports__range">
      <Field label={t("reports.range")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={preset}
            onChange={(event) => {
              if (!isRangePreset(event.target.value)) return;
              setFromDate(range.fromDate);
              setToDate(range.toDate);
              onPresetChange(event.target.value);
            }}
          >
            {rangePresets.map((option) => (
              <option key={option} value={option}>
                {t(`reports.range.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {preset === "custom" && (
        <form className="reports__custom-range" onSubmit={apply} noValidate>
          <Field
            label={t("reports.range.from")}
            error={error === undefined ? undefined : t(`reports.range.error.${error}`)}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={fromDate}
                onChange={(event) => setFromDate(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("reports.range.to")}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={toDate}
                onChange={(event) => setToDate(event.target.value)}
              />
            )}
          </Field>
          <Button type="submit">{t("reports.range.apply")}</Button>
        </form>
      )}
      <p className="reports__muted" aria-live="polite">
        {t("reports.range.showing", {
          from: formatLocalDate(range.fromDate, "medium"),
          to: formatLocalDate(range.toDate, "medium"),
        })}
      </p>
    </div>
  );
}
