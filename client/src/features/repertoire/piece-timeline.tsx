import { computePieceTimeline } from "@mirubato/domain";
import type { PracticeEntryDoc } from "@mirubato/schema";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import { useSettings } from "../settings/use-settings";

/** The piece's practice week by week, as a list of labelled bars (the newest week first). */
export function PieceTimeline({
  pieceId,
  entries,
}: {
  readonly pieceId: string;
  readonly entries: readonly PracticeEntryDoc[];
}) {
  const t = useT();
  const { formatLocalDate, formatDuration } = useFormatters();
  const { weekStartDay } = useSettings().settings;
  const weeks = useMemo(
    () => computePieceTimeline(entries, pieceId, weekStartDay).reverse().slice(0, 26),
    [entries, pieceId, weekStartDay],
  );
  const maxSec = Math.max(1, ...weeks.map((week) => week.totalSec));
  if (weeks.length === 0) return <p className="muted">{t("repertoire.timelineEmpty")}</p>;
  return (
    <ol className="timeline" aria-label={t("repertoire.timeline")}>
      {weeks.map((week) => (
        <li key={week.weekStartDate} className="timeline__week">
          <span className="timeline__label">
            {t("repertoire.timelineWeek", {
              date: formatLocalDate(week.weekStartDate, "medium"),
              total: formatDuration(week.totalSec),
              sessions: week.sessionCount,
            })}
          </span>
          <span
            className="timeline__bar"
            aria-hidden="true"
            style={{ inlineSize: `${(week.totalSec / maxSec) * 100}%` }}
          />
        </li>
      ))}
    </ol>
  );
}
