import { maxReferenceA, minReferenceA } from "@mirubato/domain";
import { useId } from "react";
import { useT } from "../i18n/i18n-context";
import { BoundedNumberInput } from "../ui/bounded-number-input";

interface ReferenceAFieldProps {
  readonly value: number;
  readonly onChange: (referenceA: number) => void;
  readonly className?: string;
}

/**
 * The reference A in Hz (415–466), shared by the tuner, the drone and the circle of fifths. Typed
 * freely ("4", "44", "442") and committed once in range, like every bounded number in the app.
 */
export function ReferenceAField({ value, onChange, className }: ReferenceAFieldProps) {
  const t = useT();
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id}>{t("tools.tuner.referenceA")}</label>
      <BoundedNumberInput
        control={{ id }}
        min={minReferenceA}
        max={maxReferenceA}
        value={value}
        onCommit={onChange}
      />
      <span>Hz</span>
    </div>
  );
}
