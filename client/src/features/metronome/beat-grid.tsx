import type { AccentLevel } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";

interface BeatGridProps {
  readonly accents: readonly AccentLevel[];
  readonly groups: readonly number[];
  /** The beat being heard, or null when stopped. */
  readonly heardBeat: number | null;
  readonly onCycle: (beat: number) => void;
}

function groupStarts(groups: readonly number[]): Set<number> {
  const starts = new Set<number>();
  let beat = 0;
  for (const size of groups) {
    starts.add(beat);
    beat += size;
  }
  return starts;
}

/**
 * One button per beat: its height shows the accent, a click cycles it (accent, normal, soft,
 * muted), and the beat being heard lights up. Group starts of a mixed meter get a gap before them.
 */
export function BeatGrid({ accents, groups, heardBeat, onCycle }: BeatGridProps) {
  const t = useT();
  const starts = groupStarts(groups);
  return (
    <fieldset className="panel metronome__beats">
      <legend>{t("toolbox.metronome.beatGrid")}</legend>
      <div className="metronome__beat-row">
        {accents.map((level, beat) => (
          <button
            // Beats are positions in the bar; their order never changes, so the index is their identity.
            key={beat}
            type="button"
            className={[
              "metronome__beat",
              `metronome__beat--${level}`,
              beat > 0 && starts.has(beat) ? "metronome__beat--group" : "",
              heardBeat === beat ? "metronome__beat--heard" : "",
            ]
              .filter(Boolean)
              .join(" ")}
            aria-label={t("toolbox.beat.label", { n: beat + 1, level: t(`toolbox.accent.${level}`) })}
            aria-current={heardBeat === beat ? "true" : undefined}
            onClick={() => onCycle(beat)}
          >
            <span aria-hidden="true">{beat + 1}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
