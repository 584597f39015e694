import { Field } from "../../ui/field";

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A labelled select whose first option ("Any", "None") stands for no choice (the value ""). */
export function ChoiceSelect({
  label,
  value,
  emptyLabel,
  choices,
  onChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly emptyLabel: string;
  readonly choices: readonly Choice[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{emptyLabel}</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
