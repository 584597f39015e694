import { type FormEvent, memo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { type StoredPreset, subdivisionFromNumber } from "./metronome-preset";
import type { PresetSaveStatus } from "./use-metronome-presets";

interface PresetsPanelProps {
  readonly presets: readonly StoredPreset[];
  readonly status: PresetSaveStatus;
  readonly onSave: (name: string) => void;
  readonly onLoad: (preset: StoredPreset) => void;
  readonly onDelete: (id: string) => void;
}

const statusMessage = {
  saved: "toolbox.presets.saved",
  failed: "toolbox.presets.failed",
  full: "toolbox.presets.full",
} as const;

/** Named presets (synced through settings): save the current setup, load or delete one. */
// Memoised: the page re-renders on every beat heard, this panel only when presets change.
export const PresetsPanel = memo(function PresetsPanel({
  presets,
  status,
  onSave,
  onLoad,
  onDelete,
}: PresetsPanelProps) {
  const t = useT();
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === "") return;
    onSave(name);
    setName("");
  }
  return (
    <section className="panel metronome__presets" aria-labelledby="metronome-presets">
      <h2 id="metronome-presets">{t("toolbox.presets.title")}</h2>
      <form className="metronome__preset-form" onSubmit={submit}>
        <Field label={t("toolbox.presets.name")}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={100}
              onChange={(event) => setName(event.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit" disabled={name.trim() === ""}>
          {t("toolbox.presets.save")}
        </Button>
      </form>
      {status !== "idle" && (
        <p className="metronome__hint" role="status">
          {t(statusMessage[status])}
        </p>
      )}
      {presets.length === 0 ? (
        <p className="metronome__hint">{t("toolbox.presets.empty")}</p>
      ) : (
        <ul className="metronome__preset-list" aria-label={t("toolbox.presets.title")}>
          {presets.map((preset) => (
            <li key={preset.id} className="metronome__preset">
              <span className="metronome__preset-name">{preset.name}</span>
              <span className="metronome__hint">
                {t("toolbox.presets.summary", {
                  tempo: preset.tempoBpm,
                  beats: preset.beatsPerBar,
                  subdivision: t(`toolbox.subdivision.${subdivisionFromNumber(preset.subdivision)}`),
                })}
              </span>
              <Button
                aria-label={t("toolbox.presets.loadNamed", { name: preset.name })}
                onClick={() => onLoad(preset)}
              >
                {t("toolbox.presets.load")}
              </Button>
              <Button
                variant="quiet"
                aria-label={t("toolbox.presets.deleteNamed", { name: preset.name })}
                onClick={() => onDelete(preset.id)}
              >
                {t("toolbox.presets.delete")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
