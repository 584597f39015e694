import type { BreakdownDimension, BreakdownRow } from "@mirubato/domain";
import { PracticeType } from "@mirubato/schema";
import { useCallback } from "react";
import { useT } from "../../i18n/i18n-context";
import { useInstrumentLabel } from "../settings/use-instrument-label";

const practiceTypes: readonly string[] = Object.values(PracticeType);

function isPracticeType(value: string): value is PracticeType {
  return practiceTypes.includes(value);
}

/** The words for a breakdown row: translated types and instruments, "No piece" for unassigned time. */
export function useBreakdownLabel(dimension: BreakdownDimension): (row: BreakdownRow) => string {
  const t = useT();
  const instrumentLabel = useInstrumentLabel();
  return useCallback(
    (row: BreakdownRow) => {
      if (row.key === null)
        return t(
          dimension === "composer"
            ? "reports.none.composer"
            : dimension === "tag"
              ? "reports.none.tag"
              : "reports.none.piece",
        );
      if (dimension === "instrument") return instrumentLabel(row.key);
      if (dimension === "type" && isPracticeType(row.key)) return t(`reports.type.${row.key}`);
      return row.label;
    },
    [t, dimension, instrumentLabel],
  );
}
