import { createEntryContentFromTimer } from "@mirubato/domain";
import { useCallback } from "react";
import type { EntryDraft } from "../logbook/entry-form-dialog";
import { entryToForm } from "../logbook/entry-form-values";
import { useDefaultInstrument } from "../logbook/use-instrument-choices";
import { useToday } from "../logbook/use-today";
import { useTimerStore } from "./timer-context";

/**
 * The entry form's draft for the stopped timer: date, start, practised time, source "timer" — or,
 * for a session started from a plan occurrence, source "plan", the occurrence's id and its pieces
 * and techniques.
 */
export function useTimerEntryDraft(): () => EntryDraft | undefined {
  const store = useTimerStore();
  const { timeZone } = useToday();
  const instrument = useDefaultInstrument();
  return useCallback(() => {
    const { state, plan } = store.getSnapshot();
    const content = createEntryContentFromTimer(state, {
      timeZone,
      instrument,
      ...(plan === undefined ? {} : { pieceIds: plan.pieceIds }),
    });
    if (content === undefined) return undefined;
    if (plan === undefined) return entryToForm(content);
    return entryToForm({
      ...content,
      techniques: plan.techniques,
      source: "plan",
      planOccurrenceId: plan.planOccurrenceId,
    });
  }, [store, timeZone, instrument]);
}
