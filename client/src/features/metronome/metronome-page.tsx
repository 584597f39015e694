import { useCallback } from "react";
import { useT } from "../../i18n/i18n-context";
import { PageHeader } from "../sections/page-header";
import { BeatGrid } from "./beat-grid";
import { applyPreset, type StoredPreset } from "./metronome-preset";
import { withAccentCycled, withTempo } from "./metronome-setup";
import { PresetsPanel } from "./presets-panel";
import { RhythmPanel } from "./rhythm-panel";
import { SoundPanel } from "./sound-panel";
import { TempoPanel } from "./tempo-panel";
import { TrainerPanel } from "./trainer-panel";
import { useMetronome } from "./use-metronome";
import { useMetronomeKeys } from "./use-metronome-keys";
import { useMetronomePresets } from "./use-metronome-presets";
import "./metronome.css";

/** `/toolbox/metronome`: the metronome with the tempo trainer and synced presets. */
export function MetronomePage() {
  const t = useT();
  const metronome = useMetronome();
  const presets = useMetronomePresets();
  const { setup, setSetup, heardBeat, status } = metronome;
  const isTrainerRunning = setup.isTrainerOn && status === "playing";
  const nudge = useCallback(
    (deltaBpm: number) => {
      if (!isTrainerRunning) setSetup((current) => withTempo(current, current.tempoBpm + deltaBpm));
    },
    [isTrainerRunning, setSetup],
  );
  const { save, remove } = presets;
  const savePreset = useCallback((name: string) => void save(setup, name), [save, setup]);
  const loadPreset = useCallback(
    (preset: StoredPreset) => setSetup((current) => applyPreset(current, preset)),
    [setSetup],
  );
  const deletePreset = useCallback((id: string) => void remove(id), [remove]);
  useMetronomeKeys({ onToggle: metronome.toggle, onNudge: nudge });
  const shownTempo = isTrainerRunning && heardBeat ? heardBeat.tempoBpm : setup.tempoBpm;
  return (
    <div className="page metronome">
      <PageHeader title={t("toolbox.metronome.name")} description={t("toolbox.metronome.description")} />
      <TempoPanel
        tempoBpm={shownTempo}
        status={status}
        isTempoLocked={isTrainerRunning}
        onTempo={(tempoBpm) => setSetup((current) => withTempo(current, tempoBpm))}
        onTap={metronome.tap}
        onToggle={metronome.toggle}
      />
      <BeatGrid
        accents={setup.accents}
        groups={setup.groups}
        heardBeat={status === "playing" ? (heardBeat?.beat ?? null) : null}
        onCycle={(beat) => setSetup((current) => withAccentCycled(current, beat))}
      />
      <RhythmPanel setup={setup} onChange={setSetup} />
      <SoundPanel sound={metronome.sound} onChange={metronome.setSound} />
      <TrainerPanel setup={setup} heardBeat={status === "playing" ? heardBeat : null} onChange={setSetup} />
      <PresetsPanel
        presets={presets.presets}
        status={presets.status}
        onSave={savePreset}
        onLoad={loadPreset}
        onDelete={deletePreset}
      />
    </div>
  );
}
