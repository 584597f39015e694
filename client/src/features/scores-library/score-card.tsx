import type { ScoreDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { KeepOfflineToggle } from "../score-files/keep-offline-toggle";
import { ScoreLink } from "./score-link";

/** One score in the library: its title opens the reader; favourite, keep offline, edit and delete beside it. */
export function ScoreCard({
  score,
  onToggleFavorite,
  onEdit,
  onDelete,
}: {
  readonly score: ScoreDoc;
  readonly onToggleFavorite: (score: ScoreDoc) => void;
  readonly onEdit: (score: ScoreDoc) => void;
  readonly onDelete: (score: ScoreDoc) => void;
}) {
  const t = useT();
  const byline = [score.composer, score.catalogue].filter((part) => part !== undefined).join(" · ");
  const facts = [
    score.stylePeriod === undefined ? undefined : t(`scores.period.${score.stylePeriod}`),
    score.instrument,
    score.pageCount === undefined ? undefined : t("scores.pages", { count: score.pageCount }),
  ].filter((fact) => fact !== undefined);
  return (
    <li className="piece-card score-card" aria-label={score.title}>
      <div className="score-card__main">
        <ScoreLink scoreId={score.id} className="score-card__title">
          {score.title}
        </ScoreLink>
        {score.subtitle !== undefined && <p className="score-card__subtitle">{score.subtitle}</p>}
        {byline !== "" && <p className="score-card__byline">{byline}</p>}
        {facts.length > 0 && <p className="score-card__facts">{facts.join(" · ")}</p>}
        {score.tags.length > 0 && (
          <ul className="chip-list score-card__tags">
            {score.tags.map((tag) => (
              <li key={tag} className="chip">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="score-card__actions">
        <Button
          variant="quiet"
          className="score-card__favorite"
          aria-pressed={score.isFavorite}
          onClick={() => onToggleFavorite(score)}
        >
          <span aria-hidden="true">{score.isFavorite ? "★" : "☆"}</span> {t("scores.favorite")}
        </Button>
        {score.fileId !== undefined && <KeepOfflineToggle fileId={score.fileId} title={score.title} />}
        <Button variant="quiet" onClick={() => onEdit(score)}>
          {t("scores.edit")}
        </Button>
        <Button variant="quiet" onClick={() => onDelete(score)}>
          {t("scores.delete")}
        </Button>
      </div>
    </li>
  );
}
