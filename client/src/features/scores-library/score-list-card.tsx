import type { ScoreCollectionDoc, ScoreDoc } from "@mirubato/schema";
import { useId, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { ScoreLink } from "./score-link";
import type { useScoreCollections } from "./use-score-collections";

type ListActions = Pick<
  ReturnType<typeof useScoreCollections>,
  "rename" | "addScore" | "moveScore" | "removeScore" | "remove"
>;

/** A setlist or collection: its scores in order (move up/down, remove), add a score, rename, play. */
export function ScoreListCard({
  list,
  scores,
  actions,
}: {
  readonly list: ScoreCollectionDoc;
  readonly scores: ReadonlyMap<string, ScoreDoc>;
  readonly actions: ListActions;
}) {
  const t = useT();
  const headingId = useId();
  const [name, setName] = useState<string | undefined>();
  const [toAdd, setToAdd] = useState("");
  const entries = list.scoreIds.flatMap((id, index) => {
    const score = scores.get(id);
    return score === undefined ? [] : [{ score, index }];
  });
  const addable = [...scores.values()].filter((score) => !list.scoreIds.includes(score.id));
  const first = entries[0];
  return (
    <li className="piece-card score-list-card" aria-labelledby={headingId}>
      <div className="score-list-card__head">
        {name === undefined ? (
          <h3 id={headingId}>{list.name}</h3>
        ) : (
          <form
            className="button-row"
            onSubmit={(event) => {
              event.preventDefault();
              if (name.trim() !== "") void actions.rename(list, name);
              setName(undefined);
            }}
          >
            <input
              id={headingId}
              className="input"
              aria-label={t("scores.listName")}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
            <Button type="submit" variant="primary">
              {t("scores.form.save")}
            </Button>
          </form>
        )}
        <span className="status-badge">{t(`scores.kind.${list.kind}`)}</span>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{t("scores.listEmpty")}</p>
      ) : (
        <ol className="score-list-card__scores">
          {entries.map(({ score, index }) => (
            <li key={score.id} className="score-list-card__score">
              <ScoreLink scoreId={score.id} {...(list.kind === "setlist" ? { setlistId: list.id } : {})}>
                {score.title}
              </ScoreLink>
              <span className="button-row">
                <Button
                  variant="quiet"
                  className="button--small"
                  aria-label={t("scores.moveUp", { title: score.title })}
                  disabled={index === 0}
                  onClick={() => void actions.moveScore(list, index, -1)}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  variant="quiet"
                  className="button--small"
                  aria-label={t("scores.moveDown", { title: score.title })}
                  disabled={index === list.scoreIds.length - 1}
                  onClick={() => void actions.moveScore(list, index, 1)}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
                <Button
                  variant="quiet"
                  className="button--small"
                  aria-label={t("scores.remove", { title: score.title })}
                  onClick={() => void actions.removeScore(list, score.id)}
                >
                  <span aria-hidden="true">×</span>
                </Button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <div className="button-row">
        {addable.length > 0 && (
          <form
            className="score-list-card__add"
            onSubmit={(event) => {
              event.preventDefault();
              if (toAdd !== "") void actions.addScore(list, toAdd);
              setToAdd("");
            }}
          >
            <select
              className="input"
              aria-label={t("scores.addScore")}
              value={toAdd}
              onChange={(event) => setToAdd(event.target.value)}
            >
              <option value="">{t("scores.addScore")}</option>
              {addable.map((score) => (
                <option key={score.id} value={score.id}>
                  {score.title}
                </option>
              ))}
            </select>
            <Button type="submit" disabled={toAdd === ""}>
              {t("scores.add")}
            </Button>
          </form>
        )}
        {list.kind === "setlist" && first !== undefined && (
          <ScoreLink scoreId={first.score.id} setlistId={list.id} className="button button--primary">
            {t("scores.play")}
          </ScoreLink>
        )}
        <Button variant="quiet" onClick={() => setName(list.name)}>
          {t("scores.rename")}
        </Button>
        <Button variant="quiet" onClick={() => void actions.remove(list)}>
          {t("scores.deleteList")}
        </Button>
      </div>
    </li>
  );
}
