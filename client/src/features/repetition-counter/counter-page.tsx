import { durationSec } from "@mirubato/domain";
import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import type { EntryDraft } from "../logbook/entry-form-dialog";
import { EntryFormDialog } from "../logbook/entry-form-dialog";
import { usePieces } from "../logbook/use-practice-data";
import { PageHeader } from "../sections/page-header";
import { CounterRoundPanel } from "./counter-round-panel";
import { CounterSetup } from "./counter-setup";
import { useCounter } from "./use-counter";
import { useCounterEntryDraft } from "./use-counter-entry";
import { useCounterKeys } from "./use-counter-keys";
import "../logbook/logbook.css";
import "./counter.css";

/**
 * `/toolbox/counter`: count play-throughs of a passage until it is clean N times in a row (or N
 * times in all), then save the round as a logbook entry with source "counter".
 */
export function CounterPage() {
  const t = useT();
  const counter = useCounter();
  const { pieces } = usePieces();
  const createDraft = useCounterEntryDraft();
  const [draft, setDraft] = useState<EntryDraft | undefined>();
  useCounterKeys(counter, draft === undefined);
  // The entry's rule: a round with counted time (two marks at least) can be logged.
  const canSave = durationSec(counter.round.state) > 0;
  return (
    <div className="page counter">
      <PageHeader title={t("toolbox.counter.name")} description={t("toolbox.counter.description")} />
      <CounterSetup counter={counter} pieces={pieces} />
      <CounterRoundPanel
        counter={counter}
        canSave={canSave}
        onSave={() => setDraft(createDraft(counter.round))}
      />
      <EntryFormDialog
        draft={draft}
        pieces={pieces}
        onClose={() => setDraft(undefined)}
        onSaved={counter.restart}
      />
    </div>
  );
}
