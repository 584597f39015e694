import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import type { CounterController } from "./use-counter";

/** Marks shown as ticks and crosses; older ones scroll off, the tally below counts them all. */
const shownMarks = 40;

interface CounterRoundPanelProps {
  readonly counter: CounterController;
  readonly canSave: boolean;
  readonly onSave: () => void;
}

/** The round being played: progress to the target, the marks so far, and the buttons to mark them. */
export function CounterRoundPanel({ counter, canSave, onSave }: CounterRoundPanelProps) {
  const t = useT();
  const { summary, round } = counter;
  const { target, attempts } = round.state;
  const firstShown = Math.max(0, attempts.length - shownMarks);
  const progress =
    target.kind === "streak"
      ? t("tools.counter.progress.streak", { streak: summary.streak, target: target.count })
      : t("tools.counter.progress.total", { correct: summary.correct, target: target.count });
  return (
    <section className="panel counter-round" aria-label={t("tools.counter.round")}>
      <p className="counter-round__progress" role="status" aria-label={t("tools.counter.progress")}>
        {progress}
      </p>
      <ol className="counter-round__marks" aria-hidden="true">
        {attempts.slice(firstShown).map((attempt, index) => (
          <li
            // Marks only append or drop from the end, so their place in the round is their identity.
            key={firstShown + index}
            className={`counter-round__mark counter-round__mark--${attempt.isCorrect ? "clean" : "missed"}`}
          >
            {attempt.isCorrect ? "✓" : "✗"}
          </li>
        ))}
      </ol>
      <p className="counter-round__tally">
        {t("tools.counter.tally", {
          correct: summary.correct,
          total: summary.total,
          best: summary.bestStreak,
        })}
      </p>
      {summary.isDone && (
        <p className="counter-round__done" role="alert">
          {t("tools.counter.done")}
        </p>
      )}
      <div className="counter-round__marking">
        <Button variant="primary" disabled={summary.isDone} onClick={() => counter.mark(true)}>
          {t("tools.counter.clean")}
        </Button>
        <Button variant="danger" disabled={summary.isDone} onClick={() => counter.mark(false)}>
          {t("tools.counter.missed")}
        </Button>
      </div>
      <div className="counter-round__actions">
        <Button variant="quiet" disabled={attempts.length === 0} onClick={counter.undo}>
          {t("tools.counter.undo")}
        </Button>
        <Button variant="quiet" disabled={attempts.length === 0} onClick={counter.restart}>
          {t("tools.counter.restart")}
        </Button>
        <Button variant={summary.isDone ? "primary" : "secondary"} disabled={!canSave} onClick={onSave}>
          {t("tools.counter.save")}
        </Button>
      </div>
      <p className="counter-round__keys">{t("tools.counter.keys")}</p>
    </section>
  );
}
