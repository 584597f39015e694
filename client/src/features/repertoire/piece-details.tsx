import type { PieceStats } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { useInstrumentLabel } from "../settings/use-instrument-label";

/** The piece's practice figures and its own fields, as a description list. */
export function PieceDetails({
  piece,
  stats,
}: {
  readonly piece: PieceDoc;
  readonly stats: PieceStats | undefined;
}) {
  const t = useT();
  const { formatDuration, formatLocalDate, formatNumber } = useFormatters();
  const instrumentLabel = useInstrumentLabel();
  const rows: [string, string][] = [
    [t("repertoire.totalTime"), formatDuration(stats?.totalSec ?? 0)],
    [t("repertoire.sessions"), formatNumber(stats?.sessionCount ?? 0)],
    [
      t("repertoire.lastPractised"),
      stats === undefined
        ? t("repertoire.neverPractised")
        : formatLocalDate(stats.lastPractisedDate, "medium"),
    ],
  ];
  if (stats?.bestTempoBpm !== undefined)
    rows.push([t("repertoire.bestTempo"), t("repertoire.tempoValue", { tempo: stats.bestTempoBpm })]);
  if (piece.targetTempoBpm !== undefined) {
    rows.push([t("repertoire.targetTempo"), t("repertoire.tempoValue", { tempo: piece.targetTempoBpm })]);
  }
  if (piece.difficulty !== undefined)
    rows.push([
      t("repertoire.difficulty"),
      t("repertoire.form.difficultyLevel", { level: piece.difficulty }),
    ]);
  if (piece.catalogue !== undefined) rows.push([t("repertoire.catalogue"), piece.catalogue]);
  rows.push([t("repertoire.instrument"), instrumentLabel(piece.instrument)]);
  return (
    <dl className="piece-facts">
      {rows.map(([term, value]) => (
        <div key={term} className="piece-facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
