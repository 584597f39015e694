import { Field } from "../../ui/field";

interface WholeNumberFieldProps {
  readonly label: string;
  readonly error: string | undefined;
  readonly min: number;
  readonly max: number;
  /** As typed; blank is allowed and parsed by the form's values module. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A labelled whole-number input (minutes, BPM) with a numeric keypad on phones. */
export function WholeNumberField({ label, error, min, max, value, onChange }: WholeNumberFieldProps) {
  return (
    <Field label={label} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
