import { type AdherenceReport, computePlanAdherence } from "@mirubato/domain";
import { useMemo } from "react";
import { useToday } from "../logbook/use-today";
import { usePlans } from "./use-plans";

/** Plan adherence over a range of local dates, live from the local database (Reports). */
export function usePlanAdherence(range: {
  readonly fromDate: string;
  readonly toDate: string;
}): AdherenceReport {
  const { today } = useToday();
  const { plans, occurrences } = usePlans();
  return useMemo(
    () => computePlanAdherence(plans, occurrences, range, today),
    [plans, occurrences, range, today],
  );
}
