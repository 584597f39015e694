import type { PieceStats } from "@mirubato/domain";
import type { PieceDoc } from "@mirubato/schema";
import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";

/** The repertoire as a list: title (a link to the piece), composer, status and practice so far. */
export function PieceList({
  pieces,
  stats,
}: {
  readonly pieces: readonly PieceDoc[];
  readonly stats: ReadonlyMap<string, PieceStats>;
}) {
  const t = useT();
  const { formatDuration, formatLocalDate } = useFormatters();
  return (
    <ul className="piece-list" aria-label={t("repertoire.listLabel")}>
      {pieces.map((piece) => {
        const practice = stats.get(piece.id);
        return (
          <li key={piece.id} className="piece-card">
            <div className="piece-card__main">
              <Link to="/repertoire/$pieceId" params={{ pieceId: piece.id }} className="piece-card__title">
                {piece.title}
              </Link>
              <p className="piece-card__composer">
                {[piece.composer, piece.catalogue]
                  .filter((part) => part !== undefined && part !== "")
                  .join(" · ")}
              </p>
            </div>
            <div className="piece-card__side">
              <span className="status-badge" data-status={piece.status}>
                {t(`repertoire.status.${piece.status}`)}
              </span>
              <p className="piece-card__practice">
                {practice === undefined
                  ? t("repertoire.neverPractised")
                  : t("repertoire.summary", {
                      total: formatDuration(practice.totalSec),
                      sessions: practice.sessionCount,
                      date: formatLocalDate(practice.lastPractisedDate, "medium"),
                    })}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
