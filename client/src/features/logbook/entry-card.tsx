import { isJsonEqual } from "@mirubato/domain";
import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { memo } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { useFormatters } from "../../ui/use-formatters";
import { useInstrumentLabel } from "../settings/use-instrument-label";
import { describePiece } from "./piece-choices";

interface EntryCardProps {
  readonly entry: PracticeEntryDoc;
  readonly piecesById: ReadonlyMap<string, PieceDoc>;
  readonly onEdit?: (entry: PracticeEntryDoc) => void;
  readonly onDelete?: (entry: PracticeEntryDoc) => void;
}

/**
 * One practice entry: when, how long, what kind, which pieces, notes; with edit and delete.
 * Re-renders only when its entry's content or its other props change: every change to the list
 * arrives as fresh entry objects, and a save should repaint one card, not every card on screen.
 */
export const EntryCard = memo(EntryCardView, haveSameEntryCardProps);

/** Whether a card would show the same thing: same callbacks and pieces, an entry equal in content. */
export function haveSameEntryCardProps(previous: EntryCardProps, next: EntryCardProps): boolean {
  return (
    previous.piecesById === next.piecesById &&
    previous.onEdit === next.onEdit &&
    previous.onDelete === next.onDelete &&
    (previous.entry === next.entry || isJsonEqual(previous.entry, next.entry))
  );
}

function EntryCardView({ entry, piecesById, onEdit, onDelete }: EntryCardProps) {
  const t = useT();
  const { formatTimeOfDay, formatDuration } = useFormatters();
  const instrumentLabel = useInstrumentLabel();
  const pieceNames = entry.pieces.map((piece) => {
    const found = piecesById.get(piece.pieceId);
    return found === undefined ? t("logbook.unknownPiece") : describePiece(found);
  });
  return (
    <article className="entry-card">
      <div className="entry-card__summary">
        <p className="entry-card__when">
          <time dateTime={entry.startedAt}>{formatTimeOfDay(entry.startedAt, entry.timeZone)}</time>
          <span aria-hidden="true"> · </span>
          <span>{formatDuration(entry.durationSec)}</span>
        </p>
        <p className="entry-card__kind">
          {t(`entryType.${entry.type}`)} · {instrumentLabel(entry.instrument)}
          {entry.mood !== undefined && <> · {t(`mood.${entry.mood}`)}</>}
        </p>
      </div>
      {pieceNames.length > 0 && (
        <p className="entry-card__pieces">{t("logbook.piecesList", { list: pieceNames.join("; ") })}</p>
      )}
      {entry.techniques.length > 0 && (
        <p className="entry-card__meta">
          {t("logbook.techniquesList", { list: entry.techniques.join(", ") })}
        </p>
      )}
      {entry.notes !== "" && <p className="entry-card__notes">{entry.notes}</p>}
      {entry.tags.length > 0 && (
        <p className="entry-card__meta">{t("logbook.tagsList", { list: entry.tags.join(", ") })}</p>
      )}
      {(onEdit !== undefined || onDelete !== undefined) && (
        <div className="entry-card__actions">
          {onEdit !== undefined && (
            <Button className="button--small" onClick={() => onEdit(entry)}>
              {t("logbook.editEntry")}
            </Button>
          )}
          {onDelete !== undefined && (
            <Button variant="danger" className="button--small" onClick={() => onDelete(entry)}>
              {t("logbook.deleteEntry")}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
