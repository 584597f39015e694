import type { ScoreDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { LibraryControls } from "./library-controls";
import { isFiltered } from "./library-view";
import { ScoreCard } from "./score-card";
import { libraryLayouts, useLibraryLayout } from "./use-library-layout";
import { useScoreActions, type useScoreLibrary } from "./use-score-library";

/** The library section: controls, how many scores match, and the cards (or why there are none). */
export function ScoresList({
  library,
  onEdit,
  onDelete,
}: {
  readonly library: ReturnType<typeof useScoreLibrary>;
  readonly onEdit: (score: ScoreDoc) => void;
  readonly onDelete: (score: ScoreDoc) => void;
}) {
  const t = useT();
  const { toggleFavorite } = useScoreActions();
  const { layout, setLayout } = useLibraryLayout();
  return (
    <section className="scores-section" aria-labelledby="scores-library-title">
      <div className="scores-section__head">
        <h2 id="scores-library-title">{t("scores.library")}</h2>
        {!library.isLoading && library.scores.length > 0 && (
          <div className="button-row">
            <p className="muted" role="status">
              {t("scores.count", { count: library.visible.length })}
            </p>
            <fieldset className="scores-layout">
              <legend className="visually-hidden">{t("scores.layout")}</legend>
              {libraryLayouts.map((option) => (
                <Button
                  key={option}
                  variant="quiet"
                  className="button--small"
                  aria-pressed={layout === option}
                  onClick={() => setLayout(option)}
                >
                  {t(`scores.layout.${option}`)}
                </Button>
              ))}
            </fieldset>
          </div>
        )}
      </div>
      {library.scores.length > 0 && (
        <LibraryControls
          filters={library.filters}
          facets={library.facets}
          sortKey={library.sortKey}
          onFilters={library.changeFilters}
          onSort={library.setSortKey}
        />
      )}
      {library.isLoading ? (
        <p className="muted">{t("ui.loading")}</p>
      ) : library.scores.length === 0 ? (
        <EmptyState title={t("scores.empty")} description={t("scores.emptyDescription")} />
      ) : library.visible.length === 0 ? (
        <EmptyState title={isFiltered(library.filters) ? t("scores.noMatch") : t("scores.empty")} />
      ) : (
        <ul className="score-grid" data-layout={layout} aria-label={t("scores.library")}>
          {library.visible.map((score) => (
            <ScoreCard
              key={score.id}
              score={score}
              onToggleFavorite={(chosen) => void toggleFavorite(chosen)}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
