import { maxTempoBpm, minTempoBpm, type TempoTrainerPlan, TrainerEnding } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";
import { BoundedNumberInput } from "../../ui/bounded-number-input";
import { Field } from "../../ui/field";
import type { BeatEvent } from "./metronome-messages";
import type { MetronomeSetup } from "./metronome-setup";

interface TrainerPanelProps {
  readonly setup: MetronomeSetup;
  readonly heardBeat: BeatEvent | null;
  readonly onChange: (setup: MetronomeSetup) => void;
}

const endings = Object.values(TrainerEnding);

function isEnding(value: string): value is TrainerEnding {
  return (endings as readonly string[]).includes(value);
}

type NumberField = "startBpm" | "stepBpm" | "everyBars" | "ceilingBpm";

const numberFields: readonly {
  key: NumberField;
  label: Parameters<ReturnType<typeof useT>>[0];
  min: number;
  max: number;
}[] = [
  { key: "startBpm", label: "toolbox.trainer.start", min: minTempoBpm, max: maxTempoBpm },
  { key: "stepBpm", label: "toolbox.trainer.step", min: 1, max: 100 },
  { key: "everyBars", label: "toolbox.trainer.every", min: 1, max: 64 },
  { key: "ceilingBpm", label: "toolbox.trainer.ceiling", min: minTempoBpm, max: maxTempoBpm },
];

/** The tempo trainer: start, step, bars per step, ceiling and what happens there; its live position. */
export function TrainerPanel({ setup, heardBeat, onChange }: TrainerPanelProps) {
  const t = useT();
  const { trainer } = setup;
  const setPlan = (patch: Partial<TempoTrainerPlan>) =>
    onChange({ ...setup, trainer: { ...trainer, ...patch } });
  const barsLeft = heardBeat?.trainerBarsUntilNextStep;
  return (
    <section className="panel metronome__trainer" aria-labelledby="metronome-trainer">
      <h2 id="metronome-trainer">{t("toolbox.trainer.name")}</h2>
      <label className="metronome__switch">
        <input
          type="checkbox"
          checked={setup.isTrainerOn}
          onChange={(event) => onChange({ ...setup, isTrainerOn: event.currentTarget.checked })}
        />
        {t("toolbox.trainer.enable")}
      </label>
      <div className="metronome__fields">
        {numberFields.map(({ key, label, min, max }) => (
          <Field key={key} label={t(label)}>
            {(control) => (
              <BoundedNumberInput
                control={control}
                value={trainer[key]}
                min={min}
                max={max}
                onCommit={(value) => setPlan({ [key]: value })}
              />
            )}
          </Field>
        ))}
        <Field label={t("toolbox.trainer.ending")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={trainer.ending}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isEnding(value)) setPlan({ ending: value });
              }}
            >
              {endings.map((ending) => (
                <option key={ending} value={ending}>
                  {t(`toolbox.trainer.ending.${ending}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {setup.isTrainerOn && heardBeat !== null && (
        <p className="metronome__trainer-status">
          {barsLeft === null || barsLeft === undefined
            ? t("toolbox.trainer.final", { tempo: heardBeat.tempoBpm })
            : t("toolbox.trainer.status", { tempo: heardBeat.tempoBpm, bars: barsLeft })}
        </p>
      )}
    </section>
  );
}
