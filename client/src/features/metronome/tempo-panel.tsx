import { maxTempoBpm, minTempoBpm } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import type { MetronomeStatus } from "./use-metronome";

interface TempoPanelProps {
  readonly tempoBpm: number;
  readonly status: MetronomeStatus;
  /** The trainer drives the tempo while it runs, so the tempo controls are off. */
  readonly isTempoLocked: boolean;
  readonly onTempo: (tempoBpm: number) => void;
  readonly onTap: () => void;
  readonly onToggle: () => void;
}

/** The big tempo with −/+, a slider and tap tempo, and the start/stop button. */
export function TempoPanel({ tempoBpm, status, isTempoLocked, onTempo, onTap, onToggle }: TempoPanelProps) {
  const t = useT();
  const isPlaying = status === "playing";
  return (
    <section className="panel metronome__tempo-panel" aria-label={t("toolbox.metronome.tempo")}>
      <div className="metronome__tempo-row">
        <Button
          className="metronome__nudge"
          aria-label={t("toolbox.metronome.slower")}
          disabled={isTempoLocked || tempoBpm <= minTempoBpm}
          onClick={() => onTempo(tempoBpm - 1)}
        >
          −
        </Button>
        <p className="metronome__tempo">
          <span className="metronome__tempo-value" data-testid="tempo-value">
            {tempoBpm}
          </span>
          <span className="metronome__tempo-unit">{t("toolbox.metronome.bpm")}</span>
        </p>
        <Button
          className="metronome__nudge"
          aria-label={t("toolbox.metronome.faster")}
          disabled={isTempoLocked || tempoBpm >= maxTempoBpm}
          onClick={() => onTempo(tempoBpm + 1)}
        >
          +
        </Button>
      </div>
      <input
        className="metronome__slider"
        type="range"
        min={minTempoBpm}
        max={maxTempoBpm}
        step={1}
        value={tempoBpm}
        disabled={isTempoLocked}
        aria-label={t("toolbox.metronome.tempo")}
        aria-valuetext={`${tempoBpm} ${t("toolbox.metronome.bpm")}`}
        onChange={(event) => onTempo(Number(event.currentTarget.value))}
      />
      <div className="metronome__actions">
        <Button onClick={onTap} disabled={isTempoLocked}>
          {t("toolbox.metronome.tap")}
        </Button>
        <Button
          variant="primary"
          className="metronome__start"
          aria-pressed={isPlaying}
          disabled={status === "starting"}
          onClick={onToggle}
        >
          {t(
            isPlaying
              ? "toolbox.metronome.stop"
              : status === "starting"
                ? "toolbox.metronome.starting"
                : "toolbox.metronome.start",
          )}
        </Button>
      </div>
      {status === "failed" && (
        <p role="alert" className="metronome__error">
          {t("toolbox.metronome.failed")}
        </p>
      )}
      <p className="metronome__hint">{t("toolbox.metronome.keys")}</p>
    </section>
  );
}
