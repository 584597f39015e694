import { Field } from "../ui/field";
import "./volume-field.css";

interface VolumeFieldProps {
  readonly label: string;
  /** 0 to 1. */
  readonly value: number;
  readonly onChange: (volume: number) => void;
  readonly className?: string;
}

/** A labelled volume slider in percent, for a tool's sound (0 to 1 underneath). */
export function VolumeField({ label, value, onChange, className }: VolumeFieldProps) {
  const percent = Math.round(value * 100);
  return (
    <Field label={label} {...(className === undefined ? {} : { className })}>
      {(control) => (
        <input
          {...control}
          className="volume-field"
          type="range"
          min={0}
          max={100}
          value={percent}
          aria-valuetext={`${percent} %`}
          onChange={(event) => onChange(event.currentTarget.valueAsNumber / 100)}
        />
      )}
    </Field>
  );
}
