import "./radio-choices.css";

interface RadioChoicesProps<Value extends string> {
  /** The group's legend, which names every radio button in it. */
  readonly legend: string;
  readonly name: string;
  readonly options: readonly { readonly value: Value; readonly label: string }[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
}

/** A labelled group of radio buttons in a row (wraps on phones); arrow keys move between them. */
export function RadioChoices<Value extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: RadioChoicesProps<Value>) {
  return (
    <fieldset className="radio-choices">
      <legend className="field__label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="radio-choices__choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
