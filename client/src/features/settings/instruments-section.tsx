import { type FormEvent, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { Button } from "../../ui/button";
import { Field } from "../../ui/field";
import { addCustomInstrument, type EffectiveSettings, listInstruments } from "./settings-values";
import { useInstrumentLabel } from "./use-instrument-label";
import type { SettingsPatch } from "./use-settings";

interface SectionProps {
  readonly settings: EffectiveSettings;
  readonly onSave: (patch: SettingsPatch) => void;
}

/** The primary instrument (preselected in new entries) and the musician's own instruments. */
export function InstrumentsSection({ settings, onSave }: SectionProps) {
  const t = useT();
  const instrumentLabel = useInstrumentLabel();
  const [name, setName] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | undefined>();
  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = addCustomInstrument(settings.customInstruments, name);
    if (!result.ok) {
      setErrorKey(`settings.instrumentError.${result.reason}`);
      return;
    }
    setErrorKey(undefined);
    setName("");
    onSave({ customInstruments: result.instruments });
  };
  const remove = (instrument: string) => {
    const customInstruments = settings.customInstruments.filter((existing) => existing !== instrument);
    onSave(
      settings.primaryInstrument === instrument
        ? { customInstruments, primaryInstrument: undefined }
        : { customInstruments },
    );
  };
  return (
    <section className="settings__section" aria-labelledby="settings-instruments">
      <h2 id="settings-instruments">{t("settings.instruments")}</h2>
      <Field label={t("settings.primaryInstrument")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={settings.primaryInstrument ?? ""}
            onChange={(event) =>
              onSave({ primaryInstrument: event.target.value === "" ? undefined : event.target.value })
            }
          >
            <option value="">{t("settings.primaryInstrument.none")}</option>
            {listInstruments({
              primaryInstrument: undefined,
              customInstruments: settings.customInstruments,
            }).map((instrument) => (
              <option key={instrument} value={instrument}>
                {instrumentLabel(instrument)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <h3 className="settings__subheading">{t("settings.customInstruments")}</h3>
      {settings.customInstruments.length === 0 ? (
        <p className="settings__muted">{t("settings.customInstruments.empty")}</p>
      ) : (
        <ul className="settings__chips">
          {settings.customInstruments.map((instrument) => (
            <li key={instrument} className="settings__chip">
              <span>{instrument}</span>
              <Button variant="quiet" className="button--small" onClick={() => remove(instrument)}>
                {t("settings.removeInstrument", { name: instrument })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="settings__inline-form" onSubmit={add} noValidate>
        <Field label={t("settings.newInstrument")} error={errorKey === undefined ? undefined : t(errorKey)}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={80}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <Button type="submit">{t("settings.addInstrument")}</Button>
      </form>
    </section>
  );
}
