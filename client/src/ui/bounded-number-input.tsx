import { useEffect, useState } from "react";
import type { FieldControlProps } from "./field";

interface BoundedNumberInputProps {
  readonly control: FieldControlProps;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onCommit: (value: number) => void;
}

/**
 * A whole-number input that lets the musician type freely ("1", "12", "120") and commits a value
 * as soon as it is in range; on leaving the field an out-of-range entry is clamped, an empty one
 * restored. Clamping every keystroke would turn the "1" of "120" into the minimum.
 */
export function BoundedNumberInput({ control, value, min, max, onCommit }: BoundedNumberInputProps) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  function commit(text: string) {
    const number = Math.round(Number(text));
    if (text.trim() === "" || !Number.isFinite(number)) setDraft(String(value));
    else {
      const clamped = Math.min(max, Math.max(min, number));
      setDraft(String(clamped));
      if (clamped !== value) onCommit(clamped);
    }
  }
  return (
    <input
      {...control}
      className="input"
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const number = Number(text);
        if (text.trim() !== "" && Number.isInteger(number) && number >= min && number <= max)
          onCommit(number);
      }}
      onBlur={(event) => commit(event.currentTarget.value)}
    />
  );
}
