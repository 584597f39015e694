import type { ScoreCollectionKind, ScoreDoc } from "@mirubato/schema";
import { useMemo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { ScoreListCard } from "./score-list-card";
import { useScoreCollections } from "./use-score-collections";

const kinds: readonly ScoreCollectionKind[] = ["setlist", "collection"];

/** Setlists (played in order in the reader) and collections: create them and manage each. */
export function ScoreListsPanel({ scores }: { readonly scores: readonly ScoreDoc[] }) {
  const t = useT();
  const lists = useScoreCollections();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<ScoreCollectionKind>("setlist");
  const byId = useMemo(() => new Map(scores.map((score) => [score.id, score])), [scores]);
  return (
    <section className="scores-lists" aria-labelledby="scores-lists-title">
      <h2 id="scores-lists-title">{t("scores.lists")}</h2>
      <form
        className="form-grid scores-lists__create"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === "") return;
          void lists.create(name, kind);
          setName("");
        }}
      >
        <Field label={t("scores.listName")}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("scores.listKind")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={kind}
              onChange={(event) => setKind(kinds.find((found) => found === event.target.value) ?? "setlist")}
            >
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {t(`scores.kind.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" variant="primary" disabled={name.trim() === ""}>
          {t("scores.createList")}
        </Button>
      </form>
      {lists.collections.length === 0 ? (
        <p className="muted">{t("scores.listsEmpty")}</p>
      ) : (
        <ul className="scores-lists__list">
          {lists.collections.map((list) => (
            <ScoreListCard key={list.id} list={list} scores={byId} actions={lists} />
          ))}
        </ul>
      )}
    </section>
  );
}
