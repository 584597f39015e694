import { formatStopwatch } from "@mirubato/domain";
import { Link, useNavigate } from "@tanstack/react-router";
import { useMemo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { useFormatters } from "../../ui/use-formatters";
import { EntryCard } from "../logbook/entry-card";
import { type EntryDraft, EntryFormDialog } from "../logbook/entry-form-dialog";
import { createEmptyEntryForm } from "../logbook/entry-form-values";
import { useDefaultInstrument } from "../logbook/use-instrument-choices";
import { useEntriesOn, usePieces } from "../logbook/use-practice-data";
import { useToday } from "../logbook/use-today";
import { DueToday } from "../plans/due-today";
import { PageHeader } from "../sections/page-header";
import { useSettings } from "../settings/use-settings";
import { useTimer } from "../timer/use-timer";
import { summarizeDay } from "./summarize-day";
import "../logbook/logbook.css";
import "./today.css";

/**
 * Today: time practised against the daily goal, the running timer or a start button, the plans
 * due today with their check-ins, today's entries.
 */
export function TodayPage() {
  const t = useT();
  const { formatDuration, formatLocalDate } = useFormatters();
  const { today, timeZone } = useToday();
  const { dailyGoalMinutes } = useSettings().settings;
  const { entries } = useEntriesOn(today);
  const { pieces } = usePieces();
  const timer = useTimer();
  const navigate = useNavigate();
  const instrument = useDefaultInstrument();
  const [draft, setDraft] = useState<EntryDraft | undefined>();
  const summary = useMemo(() => summarizeDay(entries, dailyGoalMinutes), [entries, dailyGoalMinutes]);
  const piecesById = useMemo(() => new Map(pieces.map((piece) => [piece.id, piece])), [pieces]);
  const isTimerActive = timer.state.status === "running" || timer.state.status === "paused";
  return (
    <div className="page">
      <PageHeader title={t("section.today.name")} description={formatLocalDate(today)} />
      <section className="today-summary" aria-labelledby="today-total">
        <h2 id="today-total" className="today-summary__label">
          {t("today.practisedToday")}
        </h2>
        <p className="today-summary__total">{formatDuration(summary.totalSec)}</p>
        {summary.goalSec > 0 && (
          <>
            <progress
              className="today-summary__progress"
              max={1}
              value={summary.goalFraction}
              aria-labelledby="today-goal"
            />
            <p id="today-goal" className="muted">
              {t("today.goalProgress", {
                total: formatDuration(summary.totalSec),
                goal: formatDuration(summary.goalSec),
              })}
            </p>
          </>
        )}
        {isTimerActive ? (
          <Link to="/practice" className="button button--primary">
            {t(timer.state.status === "running" ? "timer.runningLink" : "timer.pausedLink", {
              elapsed: formatStopwatch(timer.elapsedSec),
            })}
          </Link>
        ) : timer.state.status === "stopped" ? (
          <Link to="/practice" className="button button--primary">
            {t("timer.saveToLogbook")}
          </Link>
        ) : (
          <Button
            variant="primary"
            onClick={() => {
              timer.actions.start();
              void navigate({ to: "/practice" });
            }}
          >
            {t("today.startPractising")}
          </Button>
        )}
      </section>
      <DueToday />
      <section className="today-section" aria-labelledby="today-entries">
        <h2 id="today-entries">{t("today.entriesTitle")}</h2>
        {entries.length === 0 ? (
          <p className="muted">{t("today.noEntries")}</p>
        ) : (
          <ul className="today-entries">
            {entries.map((entry) => (
              <li key={entry.id}>
                <EntryCard entry={entry} piecesById={piecesById} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <nav className="today-section" aria-labelledby="today-links">
        <h2 id="today-links">{t("today.quickLinks")}</h2>
        <div className="button-row">
          <Button onClick={() => setDraft(createEmptyEntryForm(Date.now(), timeZone, instrument))}>
            {t("today.addEntry")}
          </Button>
          <Link to="/logbook" className="button">
            {t("today.openLogbook")}
          </Link>
          <Link to="/repertoire" className="button">
            {t("today.openRepertoire")}
          </Link>
        </div>
      </nav>
      <EntryFormDialog draft={draft} pieces={pieces} onClose={() => setDraft(undefined)} />
    </div>
  );
}
