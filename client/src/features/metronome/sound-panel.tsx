import { VolumeField } from "../../audio/volume-field";
import { useT } from "../../i18n/i18n-context";
import { ChoiceSelect } from "../../ui/choice-select";
import { Field } from "../../ui/field";
import { clickKits } from "./click-sounds";
import type { MetronomeSound } from "./sound-storage";

interface SoundPanelProps {
  readonly sound: MetronomeSound;
  readonly onChange: (sound: MetronomeSound) => void;
}

/** The click's kit and its volume, both for this device only; changes are heard on the next click. */
export function SoundPanel({ sound, onChange }: SoundPanelProps) {
  const t = useT();
  return (
    <section className="panel metronome__sound" aria-labelledby="metronome-sound">
      <h2 id="metronome-sound">{t("toolbox.metronome.sound")}</h2>
      <div className="metronome__fields">
        <Field label={t("toolbox.metronome.kit")}>
          {(control) => (
            <ChoiceSelect
              control={control}
              choices={clickKits}
              value={sound.kit}
              labelOf={(kit) => t(`toolbox.kit.${kit}`)}
              onChange={(kit) => onChange({ ...sound, kit })}
            />
          )}
        </Field>
        <VolumeField
          label={t("toolbox.metronome.volume")}
          value={sound.volume}
          onChange={(volume) => onChange({ ...sound, volume })}
        />
      </div>
    </section>
  );
}
