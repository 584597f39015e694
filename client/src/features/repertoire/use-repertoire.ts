import { computePieceStats, indexLiveDocuments } from "@mirubato/domain";
import type { GoalDoc, PieceStatus } from "@mirubato/schema";
import { useDeferredValue, useMemo, useState } from "react";
import type { DeepReadonly } from "rxdb";
import { useQuery } from "../../db/use-query";
import { useLocale } from "../../i18n/i18n-context";
import { useEntries, usePieces } from "../logbook/use-practice-data";
import { filterPieces, type PieceSortKey, sortPieces } from "./sort-pieces";

/** The repertoire list: pieces with their practice stats, sorted and filtered as chosen. */
export function useRepertoire() {
  const locale = useLocale();
  const { pieces, isLoading } = usePieces();
  const { entries } = useEntries();
  const [sortKey, setSortKey] = useState<PieceSortKey>("title");
  const [text, setText] = useState("");
  const [status, setStatus] = useState<PieceStatus | "">("");
  const deferredText = useDeferredValue(text);
  const stats = useMemo(() => computePieceStats(entries), [entries]);
  const visible = useMemo(
    () => sortPieces(filterPieces(pieces, deferredText, status), stats, sortKey, locale),
    [pieces, deferredText, status, stats, sortKey, locale],
  );
  return { pieces, visible, stats, isLoading, sortKey, setSortKey, text, setText, status, setStatus };
}

/** One piece with everything its page shows, plus what a merge needs. */
export function usePiece(pieceId: string) {
  const { pieces, isLoading } = usePieces();
  const { entries } = useEntries();
  const { documents: goals } = useQuery("goals", (collection) => collection.find());
  const piece = useMemo(() => indexLiveDocuments(pieces).get(pieceId), [pieces, pieceId]);
  const pieceEntries = useMemo(
    () => entries.filter((entry) => entry.pieces.some((practised) => practised.pieceId === pieceId)),
    [entries, pieceId],
  );
  const stats = useMemo(() => computePieceStats(pieceEntries).get(pieceId), [pieceEntries, pieceId]);
  return { piece, isLoading, pieces, entries, pieceEntries, stats, goals: asGoals(goals) };
}

/** See `use-practice-data.ts`: RxDB's read-only JSON is passed to read-only domain code as is. */
function asGoals(goals: readonly DeepReadonly<GoalDoc>[]): readonly GoalDoc[] {
  return goals as readonly GoalDoc[];
}
