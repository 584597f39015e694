import { createEntryContentFromTimer } from "@mirubato/domain";
import { useCallback } from "react";
import type { EntryDraft } from "../logbook/entry-form-dialog";
import { entryToForm } from "../logbook/entry-form-values";
import { useDefaultInstrument } from "../logbook/use-instrument-choices";
import { useToday } from "../logbook/use-today";
import { useTimerStore } from "./timer-context";

/** The entry form's draft for the stopped timer: date, start, practised time, source "timer". */
export function useTimerEntryDraft(): () => EntryDraft | undefined {
  const store = useTimerStore();
  const { timeZone } = useToday();
  const instrument = useDefaultInstrument();
  return useCallback(() => {
    const content = createEntryContentFromTimer(store.getSnapshot().state, { timeZone, instrument });
    return content === undefined ? undefined : entryToForm(content);
  }, [store, timeZone, instrument]);
}
