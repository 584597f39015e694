import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { Field } from "../../ui/field";
import { useDefaultInstrument } from "../logbook/use-instrument-choices";
import { PageHeader } from "../sections/page-header";
import { type PieceDraft, PieceFormDialog } from "./piece-form-dialog";
import { createEmptyPieceForm, parsePieceStatus } from "./piece-form-values";
import { PieceList } from "./piece-list";
import { isPieceSortKey, pieceSortKeys } from "./sort-pieces";
import { PieceStatusOptions } from "./status-options";
import { useRepertoire } from "./use-repertoire";
import "../logbook/logbook.css";
import "./repertoire.css";

/** The repertoire: every piece with its status and practice, sortable and filterable; add pieces. */
export function RepertoirePage() {
  const t = useT();
  const repertoire = useRepertoire();
  const instrument = useDefaultInstrument();
  const [draft, setDraft] = useState<PieceDraft | undefined>();
  return (
    <div className="page page--wide">
      <PageHeader title={t("section.repertoire.name")} description={t("section.repertoire.description")} />
      <div className="toolbar">
        <Button variant="primary" onClick={() => setDraft({ values: createEmptyPieceForm(instrument) })}>
          {t("repertoire.addPiece")}
        </Button>
      </div>
      {repertoire.pieces.length > 0 && (
        <search className="form-grid repertoire-controls">
          <Field label={t("repertoire.search")}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="search"
                value={repertoire.text}
                onChange={(event) => repertoire.setText(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("repertoire.filter.status")}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={repertoire.status}
                onChange={(event) => repertoire.setStatus(parsePieceStatus(event.target.value) ?? "")}
              >
                <option value="">{t("repertoire.filter.any")}</option>
                <PieceStatusOptions />
              </select>
            )}
          </Field>
          <Field label={t("repertoire.sortBy")}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={repertoire.sortKey}
                onChange={(event) => {
                  if (isPieceSortKey(event.target.value)) repertoire.setSortKey(event.target.value);
                }}
              >
                {pieceSortKeys.map((key) => (
                  <option key={key} value={key}>
                    {t(`repertoire.sort.${key}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </search>
      )}
      {repertoire.isLoading ? (
        <p className="muted">{t("ui.loading")}</p>
      ) : repertoire.pieces.length === 0 ? (
        <EmptyState title={t("repertoire.emptyTitle")} description={t("repertoire.emptyDescription")} />
      ) : repertoire.visible.length === 0 ? (
        <EmptyState title={t("repertoire.noMatches")} />
      ) : (
        <PieceList pieces={repertoire.visible} stats={repertoire.stats} />
      )}
      <PieceFormDialog draft={draft} onClose={() => setDraft(undefined)} />
    </div>
  );
}
