import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { useMemo } from "react";
import type { DeepReadonly } from "rxdb";
import { useQuery } from "../../db/use-query";

/**
 * RxDB hands out deeply read-only JSON; the domain functions take the schema types and never
 * mutate their input, so the read-only view is passed as is rather than copied (10,000 entries).
 */
function asDocuments<Doc>(documents: readonly DeepReadonly<Doc>[]): readonly Doc[] {
  return documents as readonly Doc[];
}

/** Every live practice entry, newest first; re-renders on any local, other-tab or synced change. */
export function useEntries(): { entries: readonly PracticeEntryDoc[]; isLoading: boolean } {
  const { documents, isLoading } = useQuery("practice_entries", (entries) =>
    entries.find({ sort: [{ startedAt: "desc" }, { id: "desc" }] }),
  );
  return useMemo(
    () => ({ entries: asDocuments<PracticeEntryDoc>(documents), isLoading }),
    [documents, isLoading],
  );
}

/** The entries of one local date (Today), newest first. */
export function useEntriesOn(localDate: string): {
  entries: readonly PracticeEntryDoc[];
  isLoading: boolean;
} {
  const { documents, isLoading } = useQuery(
    "practice_entries",
    (entries) =>
      entries.find({ selector: { localDate }, sort: [{ localDate: "desc" }, { startedAt: "desc" }] }),
    [localDate],
  );
  return useMemo(
    () => ({ entries: asDocuments<PracticeEntryDoc>(documents), isLoading }),
    [documents, isLoading],
  );
}

/** Every live repertoire piece, by title. */
export function usePieces(): { pieces: readonly PieceDoc[]; isLoading: boolean } {
  const { documents, isLoading } = useQuery("pieces", (pieces) => pieces.find({ sort: [{ title: "asc" }] }));
  return useMemo(() => ({ pieces: asDocuments<PieceDoc>(documents), isLoading }), [documents, isLoading]);
}
