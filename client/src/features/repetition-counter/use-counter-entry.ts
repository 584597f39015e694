import { createEntryContentFromCounter, summarise } from "@mirubato/domain";
import { useCallback } from "react";
import { useT } from "../../i18n/i18n-context";
import type { EntryDraft } from "../logbook/entry-form-dialog";
import { entryToForm } from "../logbook/entry-form-values";
import { useDefaultInstrument } from "../logbook/use-instrument-choices";
import { useToday } from "../logbook/use-today";
import type { CounterRound } from "./counter-storage";

/**
 * The entry form's draft for a counter round: source "counter", the counted time, the piece, and
 * the result in words as the note ("Bars 12–16: 5 in a row. 7 of 9 clean, best streak 5.").
 * Undefined before two attempts.
 */
export function useCounterEntryDraft(): (round: CounterRound) => EntryDraft | undefined {
  const t = useT();
  const { timeZone } = useToday();
  const instrument = useDefaultInstrument();
  return useCallback(
    (round) => {
      const { correct, total, streak, bestStreak } = summarise(round.state);
      const result =
        round.state.target.kind === "streak"
          ? t("tools.counter.note.streak", { streak, target: round.state.target.count })
          : t("tools.counter.note.total", { correct });
      const tally = t("tools.counter.note.tally", { correct, total, best: bestStreak });
      const passage = round.passage.trim();
      const notes = passage === "" ? `${result}. ${tally}` : `${passage}: ${result}. ${tally}`;
      const content = createEntryContentFromCounter(round.state, {
        timeZone,
        instrument,
        pieceId: round.pieceId ?? undefined,
        notes,
      });
      return content === undefined ? undefined : entryToForm(content);
    },
    [t, timeZone, instrument],
  );
}
