import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { useToast } from "../../ui/toast";
import { PieceScores } from "../scores-library/piece-scores";
import { PageHeader } from "../sections/page-header";
import { MergeDialog } from "./merge-dialog";
import { PieceDetails } from "./piece-details";
import { type PieceDraft, PieceFormDialog } from "./piece-form-dialog";
import { pieceToForm } from "./piece-form-values";
import { PieceTimeline } from "./piece-timeline";
import { StatusHistoryList } from "./status-history-list";
import { usePieceActions } from "./use-piece-actions";
import { usePiece } from "./use-repertoire";
import "../logbook/logbook.css";
import "./repertoire.css";

/** One piece: its practice (total, sessions, last practised, weekly timeline), status history, edit, merge, delete. */
export function PiecePage({ pieceId }: { readonly pieceId: string }) {
  const t = useT();
  const toast = useToast();
  const navigate = useNavigate();
  const data = usePiece(pieceId);
  const { deletePiece } = usePieceActions();
  const [draft, setDraft] = useState<PieceDraft | undefined>();
  const [isMerging, setIsMerging] = useState(false);
  const { piece } = data;
  if (piece === undefined) {
    return (
      <div className="page">
        <PageHeader
          title={t("section.repertoire.name")}
          description={data.isLoading ? t("ui.loading") : ""}
        />
        {!data.isLoading && <EmptyState title={t("repertoire.notFound")} />}
        <p className="page__back">
          <Link to="/repertoire">{t("repertoire.backToList")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page page--wide">
      <PageHeader
        eyebrow={<span>{t(`repertoire.status.${piece.status}`)}</span>}
        title={piece.title}
        description={piece.composer ?? ""}
      />
      <div className="toolbar">
        <Button variant="primary" onClick={() => setDraft({ values: pieceToForm(piece), existing: piece })}>
          {t("repertoire.editPiece")}
        </Button>
        <Button onClick={() => setIsMerging(true)}>{t("repertoire.merge")}</Button>
        <Button
          variant="danger"
          onClick={async () => {
            if (await deletePiece(piece)) void navigate({ to: "/repertoire" });
          }}
        >
          {t("repertoire.deletePiece")}
        </Button>
        <Link to="/repertoire" className="button button--quiet">
          {t("repertoire.backToList")}
        </Link>
      </div>
      <section className="piece-section" aria-labelledby="piece-stats">
        <h2 id="piece-stats">{t("repertoire.stats")}</h2>
        <PieceDetails piece={piece} stats={data.stats} />
      </section>
      {piece.notes !== "" && (
        <section className="piece-section" aria-labelledby="piece-notes">
          <h2 id="piece-notes">{t("repertoire.notes")}</h2>
          <p className="entry-card__notes">{piece.notes}</p>
        </section>
      )}
      {piece.links.length > 0 && (
        <section className="piece-section" aria-labelledby="piece-links">
          <h2 id="piece-links">{t("repertoire.links")}</h2>
          <ul>
            {piece.links.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="noopener noreferrer" target="_blank">
                  {link.label ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="piece-section" aria-labelledby="piece-scores">
        <h2 id="piece-scores">{t("scores.pieceScores")}</h2>
        <PieceScores piece={piece} />
      </section>
      <section className="piece-section" aria-labelledby="piece-timeline">
        <h2 id="piece-timeline">{t("repertoire.timeline")}</h2>
        <PieceTimeline pieceId={piece.id} entries={data.pieceEntries} />
      </section>
      <section className="piece-section" aria-labelledby="piece-history">
        <h2 id="piece-history">{t("repertoire.statusHistory")}</h2>
        <StatusHistoryList piece={piece} />
      </section>
      <PieceFormDialog
        draft={draft}
        onClose={() => setDraft(undefined)}
        onSaved={() => toast.show({ message: t("repertoire.saved") })}
      />
      <MergeDialog
        isOpen={isMerging}
        piece={piece}
        pieces={data.pieces}
        entries={data.entries}
        goals={data.goals}
        onClose={() => setIsMerging(false)}
        onMerged={(keptId) => {
          setIsMerging(false);
          toast.show({ message: t("repertoire.merged") });
          void navigate({ to: "/repertoire/$pieceId", params: { pieceId: keptId } });
        }}
      />
    </div>
  );
}
