import { maxReferenceA, minReferenceA } from "@mirubato/domain";
import { useT } from "../i18n/i18n-context";

interface ReferenceAFieldProps {
  readonly value: number;
  readonly onChange: (referenceA: number) => void;
  readonly className?: string;
}

/** The reference A in Hz (415–466), shared by the tuner, the drone and the circle of fifths. */
export function ReferenceAField({ value, onChange, className }: ReferenceAFieldProps) {
  const t = useT();
  return (
    <label className={className}>
      <span>{t("tools.tuner.referenceA")}</span>
      <input
        type="number"
        className="input"
        min={minReferenceA}
        max={maxReferenceA}
        step={1}
        value={value}
        onChange={(event) => {
          const next = event.currentTarget.valueAsNumber;
          if (Number.isInteger(next) && next >= minReferenceA && next <= maxReferenceA) onChange(next);
        }}
      />
      <span>Hz</span>
    </label>
  );
}
