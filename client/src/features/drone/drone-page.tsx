import { frequencyOfMidi, pitchClassNames } from "@mirubato/domain";
import { ReferenceAField } from "../../audio/reference-a-field";
import { useAudioOutput } from "../../audio/use-audio-output";
import { VolumeField } from "../../audio/volume-field";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { ChoiceSelect } from "../../ui/choice-select";
import { Field } from "../../ui/field";
import { PageHeader } from "../sections/page-header";
import { maxDroneOctave, minDroneOctave } from "./drone-setup-storage";
import { droneTimbres } from "./drone-voice";
import { useDrone } from "./use-drone";
import "./drone.css";

const octaves = Array.from(
  { length: maxDroneOctave - minDroneOctave + 1 },
  (_, index) => minDroneOctave + index,
);

/** `/toolbox/drone`: a sustained reference pitch (and its fifth) to tune intervals and scales against. */
export function DronePage() {
  const t = useT();
  const { setup, setSetup, referenceA, setReferenceA, sound, status, start, stop } = useDrone(
    useAudioOutput(),
  );
  const isSounding = status === "sounding";
  const noteName = `${pitchClassNames[setup.pitchClass] ?? "C"}${setup.octave}`;
  return (
    <div className="page drone">
      <PageHeader title={t("toolbox.drone.name")} description={t("toolbox.drone.description")} />
      <section className="panel drone__panel" aria-label={t("tools.drone.controls")}>
        <fieldset className="drone__notes">
          <legend>{t("tools.drone.note")}</legend>
          {pitchClassNames.map((name, pitchClass) => (
            <label key={name} className="drone__note">
              <input
                type="radio"
                name="drone-note"
                checked={setup.pitchClass === pitchClass}
                onChange={() => setSetup({ ...setup, pitchClass })}
              />
              <span>{name}</span>
            </label>
          ))}
        </fieldset>
        <div className="drone__row">
          <Field label={t("tools.drone.octave")}>
            {(control) => (
              <select
                {...control}
                className="input"
                value={setup.octave}
                onChange={(event) => setSetup({ ...setup, octave: Number(event.target.value) })}
              >
                {octaves.map((octave) => (
                  <option key={octave} value={octave}>
                    {octave}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("tools.drone.timbre")}>
            {(control) => (
              <ChoiceSelect
                control={control}
                choices={droneTimbres}
                value={setup.timbre}
                labelOf={(timbre) => t(`tools.drone.timbre.${timbre}`)}
                onChange={(timbre) => setSetup({ ...setup, timbre })}
              />
            )}
          </Field>
          <ReferenceAField className="drone__reference" value={referenceA} onChange={setReferenceA} />
        </div>
        <label className="drone__check">
          <input
            type="checkbox"
            checked={setup.withFifth}
            onChange={(event) => setSetup({ ...setup, withFifth: event.target.checked })}
          />
          {t("tools.drone.fifth")}
        </label>
        <VolumeField
          label={t("tools.drone.volume")}
          value={setup.volume}
          onChange={(volume) => setSetup({ ...setup, volume })}
        />
        <Button
          variant="primary"
          className="drone__toggle"
          disabled={status === "starting"}
          onClick={() => (isSounding ? stop() : void start())}
        >
          {isSounding ? t("tools.drone.stop") : t("tools.drone.start")}
        </Button>
        <p className="drone__status" role="status">
          {status === "failed"
            ? t("tools.drone.failed")
            : isSounding
              ? t("tools.drone.sounding", {
                  note: noteName,
                  frequency: frequencyOfMidi(sound.midi, referenceA).toFixed(1),
                })
              : t("tools.drone.stopped", { note: noteName })}
        </p>
      </section>
    </div>
  );
}
