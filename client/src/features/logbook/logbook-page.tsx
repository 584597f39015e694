import type { PracticeEntryDoc } from "@mirubato/schema";
import { useCallback, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../sections/page-header";
import { type EntryDraft, EntryFormDialog } from "./entry-form-dialog";
import { createEmptyEntryForm, entryToForm } from "./entry-form-values";
import { EntryList } from "./entry-list";
import { LogbookFilters } from "./logbook-filters";
import { useEntryActions } from "./use-entry-actions";
import { useDefaultInstrument } from "./use-instrument-choices";
import { useLogbook } from "./use-logbook";
import { useToday } from "./use-today";
import "./logbook.css";

/** The logbook: every entry by day with totals, search and filters; add, edit, delete with undo. */
export function LogbookPage() {
  const t = useT();
  const logbook = useLogbook();
  const { deleteEntry } = useEntryActions();
  const { timeZone } = useToday();
  const instrument = useDefaultInstrument();
  const [draft, setDraft] = useState<EntryDraft | undefined>();
  const openNew = () => setDraft(createEmptyEntryForm(Date.now(), timeZone, instrument));
  // Stable callbacks, so a change to the list repaints only the entry cards that changed.
  const openEdit = useCallback(
    (entry: PracticeEntryDoc) => setDraft({ ...entryToForm(entry), editingId: entry.id }),
    [],
  );
  const onDelete = useCallback((entry: PracticeEntryDoc) => void deleteEntry(entry), [deleteEntry]);
  return (
    <div className="page page--wide">
      <PageHeader title={t("section.logbook.name")} description={t("section.logbook.description")} />
      <div className="toolbar">
        <Button variant="primary" onClick={openNew}>
          {t("logbook.addEntry")}
        </Button>
      </div>
      {logbook.hasEntries && (
        <LogbookFilters
          values={logbook.filters}
          onChange={logbook.setFilters}
          pieces={logbook.pieces}
          choices={logbook.choices}
        />
      )}
      {logbook.isLoading ? (
        <p className="muted">{t("ui.loading")}</p>
      ) : !logbook.hasEntries ? (
        <EmptyState title={t("logbook.emptyTitle")} description={t("logbook.emptyDescription")} />
      ) : logbook.rows.length === 0 ? (
        !logbook.isLoadingMore && <EmptyState title={t("logbook.noMatches")} />
      ) : (
        <EntryList
          rows={logbook.rows}
          piecesById={logbook.piecesById}
          onEdit={openEdit}
          onDelete={onDelete}
          hasMore={logbook.hasMore}
          onNearEnd={logbook.loadMore}
        />
      )}
      {logbook.isLoadingMore && <p className="muted">{t("logbook.loadingMore")}</p>}
      <p className="visually-hidden" role="status">
        {logbook.hasEntries ? t("logbook.matchCount", { count: logbook.rows.length }) : ""}
      </p>
      <EntryFormDialog draft={draft} pieces={logbook.pieces} onClose={() => setDraft(undefined)} />
    </div>
  );
}
