import type { FieldControlProps } from "./field";

interface ChoiceSelectProps<Choice extends string> {
  readonly control: FieldControlProps;
  readonly choices: readonly Choice[];
  readonly value: Choice;
  readonly labelOf: (choice: Choice) => string;
  readonly onChange: (choice: Choice) => void;
}

/**
 * A select over a fixed list of string choices (a sound, a timbre), typed: what it reports is
 * always one of `choices`, never a stray option value.
 */
export function ChoiceSelect<Choice extends string>({
  control,
  choices,
  value,
  labelOf,
  onChange,
}: ChoiceSelectProps<Choice>) {
  return (
    <select
      {...control}
      className="input"
      value={value}
      onChange={(event) => {
        const choice = choices.find((candidate) => candidate === event.currentTarget.value);
        if (choice !== undefined) onChange(choice);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
