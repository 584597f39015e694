import { useT } from "../../i18n/i18n-context";
import { Field } from "../../ui/field";
import { ChoiceSelect } from "./choice-select";
import {
  type LibraryFacets,
  type LibraryFilters,
  type LibrarySortKey,
  librarySortKeys,
} from "./library-view";

const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/** Search, the filters (only over values some score has), favourites and the sort of the library. */
export function LibraryControls({
  filters,
  facets,
  sortKey,
  onFilters,
  onSort,
}: {
  readonly filters: LibraryFilters;
  readonly facets: LibraryFacets;
  readonly sortKey: LibrarySortKey;
  readonly onFilters: (change: Partial<LibraryFilters>) => void;
  readonly onSort: (key: LibrarySortKey) => void;
}) {
  const t = useT();
  const activeCount = [filters.composer, filters.stylePeriod, filters.instrument, filters.tag].filter(
    (value) => value !== "",
  ).length;
  return (
    <search className="scores-controls">
      <div className="form-grid">
        <Field label={t("scores.search")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="search"
              value={filters.query}
              onChange={(event) => onFilters({ query: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("scores.sort")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={sortKey}
              onChange={(event) =>
                onSort(librarySortKeys.find((key) => key === event.target.value) ?? "title")
              }
            >
              {librarySortKeys.map((key) => (
                <option key={key} value={key}>
                  {t(`scores.sort.${key}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="scores-controls__favorites">
          <input
            type="checkbox"
            checked={filters.isFavoritesOnly}
            onChange={(event) => onFilters({ isFavoritesOnly: event.target.checked })}
          />
          {t("scores.favoritesOnly")}
        </label>
      </div>
      <details className="logbook-filters__more" open={activeCount > 0 ? true : undefined}>
        <summary>
          {activeCount > 0
            ? t("logbook.filter.toggleActive", { count: activeCount })
            : t("logbook.filter.toggle")}
        </summary>
        <div className="form-grid">
          <ChoiceSelect
            label={t("scores.form.composer")}
            value={filters.composer}
            emptyLabel={t("scores.form.any")}
            choices={asOptions(facets.composers)}
            onChange={(composer) => onFilters({ composer })}
          />
          <ChoiceSelect
            label={t("scores.form.period")}
            value={filters.stylePeriod}
            emptyLabel={t("scores.form.any")}
            choices={facets.stylePeriods.map((period) => ({
              value: period,
              label: t(`scores.period.${period}`),
            }))}
            onChange={(value) =>
              onFilters({ stylePeriod: facets.stylePeriods.find((period) => period === value) ?? "" })
            }
          />
          <ChoiceSelect
            label={t("scores.form.instrument")}
            value={filters.instrument}
            emptyLabel={t("scores.form.any")}
            choices={asOptions(facets.instruments)}
            onChange={(instrument) => onFilters({ instrument })}
          />
          <ChoiceSelect
            label={t("scores.form.tags")}
            value={filters.tag}
            emptyLabel={t("scores.form.any")}
            choices={asOptions(facets.tags)}
            onChange={(tag) => onFilters({ tag })}
          />
        </div>
      </details>
    </search>
  );
}
