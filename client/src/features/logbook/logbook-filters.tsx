import { type PieceDoc, PracticeType } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { useInstrumentLabel } from "../settings/use-instrument-label";
import {
  countActiveFilters,
  emptyLogbookFilter,
  type FilterChoices,
  type LogbookFilterValues,
} from "./filter-options";

interface LogbookFiltersProps {
  readonly values: LogbookFilterValues;
  readonly onChange: (values: LogbookFilterValues) => void;
  readonly pieces: readonly PieceDoc[];
  readonly choices: FilterChoices;
}

/** The search box and, behind a disclosure, the date-range, piece, composer, instrument, type and tag filters. */
export function LogbookFilters({ values, onChange, pieces, choices }: LogbookFiltersProps) {
  const t = useT();
  const instrumentLabel = useInstrumentLabel();
  const set = <Field extends keyof LogbookFilterValues>(field: Field, value: LogbookFilterValues[Field]) =>
    onChange({ ...values, [field]: value });
  const activeCount = countActiveFilters(values);
  const select = (
    field: "pieceId" | "composer" | "instrument" | "type" | "tag",
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={values[field]}
          onChange={(event) => onChange({ ...values, [field]: event.target.value })}
        >
          <option value="">{t("logbook.filter.any")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const plain = (value: string) => ({ value, label: value });
  return (
    <search className="logbook-filters">
      <Field label={t("logbook.search")}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            value={values.text}
            onChange={(event) => set("text", event.target.value)}
          />
        )}
      </Field>
      <details className="logbook-filters__more" open={activeCount > 0 ? true : undefined}>
        <summary>
          {activeCount > 0
            ? t("logbook.filter.toggleActive", { count: activeCount })
            : t("logbook.filter.toggle")}
        </summary>
        <div className="form-grid">
          <Field label={t("logbook.filter.from")}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.fromDate}
                onChange={(event) => set("fromDate", event.target.value)}
              />
            )}
          </Field>
          <Field label={t("logbook.filter.to")}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="date"
                value={values.toDate}
                onChange={(event) => set("toDate", event.target.value)}
              />
            )}
          </Field>
          {select(
            "pieceId",
            t("logbook.filter.piece"),
            pieces.map((piece) => ({ value: piece.id, label: piece.title })),
          )}
          {select("composer", t("logbook.filter.composer"), choices.composers.map(plain))}
          {select(
            "instrument",
            t("logbook.filter.instrument"),
            choices.instruments.map((value) => ({ value, label: instrumentLabel(value) })),
          )}
          {select(
            "type",
            t("logbook.filter.type"),
            Object.values(PracticeType).map((value) => ({ value, label: t(`entryType.${value}`) })),
          )}
          {select("tag", t("logbook.filter.tag"), choices.tags.map(plain))}
        </div>
        {activeCount > 0 && (
          <Button
            className="button--small"
            onClick={() => onChange({ ...emptyLogbookFilter, text: values.text })}
          >
            {t("logbook.filter.clear")}
          </Button>
        )}
      </details>
    </search>
  );
}
