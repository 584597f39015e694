import { maxBeatsPerBar, parseBeatGroups, type Subdivision, subdivisions } from "@mirubato/domain";
import { memo, useEffect, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Field } from "../../ui/field";
import { formatGroups, type MetronomeSetup, withBeatsPerBar, withGroups } from "./metronome-setup";

interface RhythmPanelProps {
  readonly setup: MetronomeSetup;
  readonly onChange: (setup: MetronomeSetup) => void;
}

const beatCounts = Array.from({ length: maxBeatsPerBar }, (_, index) => index + 1);

function isSubdivision(value: string): value is Subdivision {
  return (subdivisions as readonly string[]).includes(value);
}

/** Beats per bar, a mixed-meter grouping, the subdivision and the polyrhythm's second voice. */
// Memoised: the page re-renders on every beat heard, this panel only when the setup changes.
export const RhythmPanel = memo(function RhythmPanel({ setup, onChange }: RhythmPanelProps) {
  const t = useT();
  const beats = setup.accents.length;
  const [groupsText, setGroupsText] = useState(formatGroups(setup.groups));
  const [isGroupsInvalid, setGroupsInvalid] = useState(false);
  useEffect(() => {
    setGroupsText(formatGroups(setup.groups));
    setGroupsInvalid(false);
  }, [setup.groups]);

  function applyGroups() {
    const groups = parseBeatGroups(groupsText);
    setGroupsInvalid(groups === undefined);
    if (groups !== undefined && formatGroups(groups) !== formatGroups(setup.groups))
      onChange(withGroups(setup, groups));
  }

  return (
    <section className="panel metronome__rhythm" aria-labelledby="metronome-rhythm">
      <h2 id="metronome-rhythm">{t("toolbox.metronome.rhythm")}</h2>
      <div className="metronome__fields">
        <Field label={t("toolbox.metronome.beats")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={beats}
              onChange={(event) => onChange(withBeatsPerBar(setup, Number(event.currentTarget.value)))}
            >
              {beatCounts.map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t("toolbox.metronome.groups")}
          hint={t("toolbox.metronome.groupsHint")}
          error={isGroupsInvalid ? t("toolbox.metronome.groupsInvalid") : undefined}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              value={groupsText}
              onChange={(event) => setGroupsText(event.currentTarget.value)}
              onBlur={applyGroups}
              onKeyDown={(event) => {
                if (event.key === "Enter") applyGroups();
              }}
            />
          )}
        </Field>
        <Field label={t("toolbox.metronome.subdivision")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={setup.subdivision}
              disabled={setup.polyrhythmAgainst !== null}
              onChange={(event) => {
                const { value } = event.currentTarget;
                if (isSubdivision(value)) onChange({ ...setup, subdivision: value });
              }}
            >
              {subdivisions.map((subdivision) => (
                <option key={subdivision} value={subdivision}>
                  {t(`toolbox.subdivision.${subdivision}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("toolbox.metronome.polyrhythm")}>
          {(control) => (
            <select
              {...control}
              className="input"
              value={setup.polyrhythmAgainst ?? ""}
              onChange={(event) => {
                const { value } = event.currentTarget;
                onChange({ ...setup, polyrhythmAgainst: value === "" ? null : Number(value) });
              }}
            >
              <option value="">{t("toolbox.metronome.polyOff")}</option>
              {beatCounts.map((against) => (
                <option key={against} value={against}>
                  {beats}:{against}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </section>
  );
});
