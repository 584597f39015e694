import { Field } from "../../ui/field";
import { useInstrumentChoices } from "./use-instrument-choices";

interface InstrumentFieldProps {
  readonly label: string;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (instrument: string) => void;
}

/** The instrument select shared by the entry and piece forms: built-ins plus the musician's own. */
export function InstrumentField({ label, value, error, onChange }: InstrumentFieldProps) {
  const instruments = useInstrumentChoices(value);
  return (
    <Field label={label} error={error}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {instruments.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
