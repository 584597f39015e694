import { type MinorForm, minorForms } from "@mirubato/domain";
import { useT } from "../../i18n/i18n-context";

interface MinorFormChoiceProps {
  readonly value: MinorForm;
  readonly onChange: (form: MinorForm) => void;
}

/** Natural, harmonic or melodic: which minor scale a minor key's scale and chords are built on. */
export function MinorFormChoice({ value, onChange }: MinorFormChoiceProps) {
  const t = useT();
  return (
    <fieldset className="minor-form">
      <legend>{t("tools.circle.minorForm")}</legend>
      {minorForms.map((form) => (
        <label key={form} className="minor-form__choice">
          <input type="radio" name="minor-form" checked={value === form} onChange={() => onChange(form)} />
          {t(`tools.circle.minorForm.${form}`)}
        </label>
      ))}
    </fieldset>
  );
}
