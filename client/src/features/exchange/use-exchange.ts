import {
  createJsonExport,
  exportEntriesCsv,
  exportPiecesCsv,
  type PracticeCollections,
  type RejectedRow,
  readJsonImportText,
} from "@mirubato/domain";
import type { CollectionDoc, GoalDoc } from "@mirubato/schema";
import { useMemo, useState } from "react";
import { useRepository } from "../../db/database-context";
import type { Repository } from "../../db/repository";
import { useQuery } from "../../db/use-query";
import { useT } from "../../i18n/i18n-context";
import { useEntries, usePieces } from "../logbook/use-practice-data";
import { useSettings } from "../settings/use-settings";
import { useToday } from "../settings/use-today";
import { downloadFile } from "../share-card/share-card-file";
import { planRepositoryImport } from "./plan-repository-import";

type ExchangeCollection = keyof PracticeCollections;

export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: readonly RejectedRow[];
}

export type ImportState =
  | { readonly status: "idle" }
  | { readonly status: "importing" }
  | { readonly status: "failed"; readonly reason: "not_an_export" | "not_ready" }
  | { readonly status: "done"; readonly report: ImportReport };

/**
 * RxDB leaves `_deleted` out of a live document's JSON; the export format (and the merge) carry
 * it, so live documents get it back as `false`.
 */
function withDeletedFlag<Doc extends { readonly _deleted: boolean }>(docs: readonly Doc[]): Doc[] {
  return docs.map((doc) => ({ ...doc, _deleted: false }));
}

/** Pieces first, so entries and goals that name them find them. */
const importOrder = ["pieces", "practice_entries", "goals"] as const satisfies readonly ExchangeCollection[];

async function applyImport<Name extends ExchangeCollection>(
  repository: Repository,
  name: Name,
  stored: readonly CollectionDoc<Name>[],
  imported: readonly CollectionDoc<Name>[],
  rejected: RejectedRow[],
  writeFailedReason: string,
) {
  const writes = planRepositoryImport(new Map(stored.map((doc) => [doc.id, doc])), imported);
  const indexOf = (id: string) => imported.findIndex((doc) => doc.id === id);
  let written = 0;
  const record = (id: string, isOk: boolean, reason: string) => {
    if (isOk) written++;
    else
      rejected.push({
        collection: name,
        index: indexOf(id),
        id,
        reasons: [`${writeFailedReason}: ${reason}`],
      });
  };
  for (const { id, content } of writes.creates) {
    const result = await repository
      .createDocument(name, content, { id })
      .catch((error: unknown) => ({ ok: false as const, error: { message: String(error) } }));
    record(id, result.ok, result.ok ? "" : result.error.message);
  }
  const created = written;
  for (const { id, patch } of writes.updates) {
    const result = await repository.updateDocument(name, id, patch);
    record(id, result.ok, result.ok ? "" : result.error.message);
  }
  return { created, updated: written - created, unchanged: writes.unchangedCount };
}

/** Export of entries and repertoire (CSV) and everything (JSON); JSON import with a report. */
export function useExchange() {
  const t = useT();
  const repository = useRepository();
  const today = useToday(useSettings().settings.timeZone);
  const { entries: liveEntries, isLoading: isLoadingEntries } = useEntries();
  const { pieces: livePieces, isLoading: isLoadingPieces } = usePieces();
  const goalQuery = useQuery("goals", (collection) => collection.find());
  // Read-only JSON from RxDB; the domain functions take the schema type and never mutate it.
  const liveGoals = goalQuery.documents as readonly GoalDoc[];
  const entries = useMemo(() => withDeletedFlag(liveEntries), [liveEntries]);
  const pieces = useMemo(() => withDeletedFlag(livePieces), [livePieces]);
  const goals = useMemo(() => withDeletedFlag(liveGoals), [liveGoals]);
  const [importState, setImportState] = useState<ImportState>({ status: "idle" });
  const isReady = repository !== undefined && !isLoadingEntries && !isLoadingPieces && !goalQuery.isLoading;
  const save = (text: string, name: string, type: string) => downloadFile(new File([text], name, { type }));
  const importFile = async (file: File) => {
    if (repository === undefined || !isReady) {
      setImportState({ status: "failed", reason: "not_ready" });
      return;
    }
    setImportState({ status: "importing" });
    const result = readJsonImportText(await file.text());
    if (!result.ok) {
      setImportState({ status: "failed", reason: "not_an_export" });
      return;
    }
    const rejected = [...result.rejected];
    const stored = { pieces, practice_entries: entries, goals };
    const totals = { created: 0, updated: 0, unchanged: 0 };
    for (const name of importOrder) {
      const counts = await applyImport(
        repository,
        name,
        stored[name],
        result.accepted[name],
        rejected,
        t("exchange.writeFailed"),
      );
      totals.created += counts.created;
      totals.updated += counts.updated;
      totals.unchanged += counts.unchanged;
    }
    setImportState({ status: "done", report: { ...totals, rejected } });
  };
  return {
    isReady,
    importState,
    importFile,
    exportEntries: () =>
      save(
        exportEntriesCsv(entries, pieces, { withBom: true }),
        t("exchange.fileName.entries", { date: today }),
        "text/csv",
      ),
    exportPieces: () =>
      save(
        exportPiecesCsv(pieces, entries, { withBom: true }),
        t("exchange.fileName.pieces", { date: today }),
        "text/csv",
      ),
    exportJson: () =>
      save(
        `${JSON.stringify(createJsonExport({ practice_entries: entries, pieces, goals }, new Date().toISOString()), null, 2)}\n`,
        t("exchange.fileName.json", { date: today }),
        "application/json",
      ),
  };
}
