import type { Theme } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { isLocale, localeNames, locales } from "../../i18n/locales";
import { Field } from "../../ui/field";
import { RadioChoices } from "./radio-choices";
import type { EffectiveSettings } from "./settings-values";
import type { SettingsPatch } from "./use-settings";

const themes = ["light", "dark", "system"] as const satisfies readonly Theme[];

interface SectionProps {
  readonly settings: EffectiveSettings;
  readonly onSave: (patch: SettingsPatch) => void;
}

/** Language (applied at once, app-wide) and theme. */
export function AppearanceSection({ settings, onSave }: SectionProps) {
  const t = useT();
  return (
    <section className="settings__section" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">{t("settings.appearance")}</h2>
      <Field label={t("settings.language")}>
        {(control) => (
          <select
            {...control}
            className="input"
            value={settings.language}
            onChange={(event) => {
              if (isLocale(event.target.value)) onSave({ language: event.target.value });
            }}
          >
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {localeNames[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RadioChoices
        legend={t("settings.theme")}
        name="theme"
        options={themes.map((theme) => ({ value: theme, label: t(`settings.theme.${theme}`) }))}
        value={settings.theme}
        onChange={(theme) => onSave({ theme })}
      />
    </section>
  );
}
