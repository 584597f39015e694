import type { SegmentTempoProgress } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";

const shownReadings = 4;

/** A segment's tempo ladder (start → target), how far along it is, and the latest readings by date. */
export function SegmentTempo({
  label,
  tempo,
}: {
  readonly label: string;
  readonly tempo: SegmentTempoProgress;
}) {
  const t = useT();
  const { formatLocalDate } = useFormatters();
  const readings = tempo.points.slice(-shownReadings);
  return (
    <span className="plan-card__tempo">
      <span>
        {t("plans.tempo.ladder", { start: tempo.startTempoBpm ?? "–", target: tempo.targetTempoBpm ?? "–" })}
      </span>
      {tempo.fraction !== undefined && (
        <progress
          className="plan-card__progress"
          max={1}
          value={tempo.fraction}
          aria-label={`${t("plans.tempoTitle")}: ${label}`}
        />
      )}
      <span>
        {readings.length === 0
          ? t("plans.tempo.notYet", { label: t("plans.tempoTitle") })
          : readings
              .map((point) =>
                t("plans.tempo.latest", {
                  label: formatLocalDate(point.localDate, "medium"),
                  latest: point.tempoBpm,
                }),
              )
              .join(" · ")}
      </span>
    </span>
  );
}
