import type { GoalDoc } from "@mirubato/schema";
import { useId } from "react";
import { useLocale, useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { describeGoalProgress, describeGoalTarget } from "./goal-text";
import { useGoalTextFormat } from "./use-goal-text-format";
import type { GoalWithProgress } from "./use-goals";

interface GoalCardProps {
  readonly item: GoalWithProgress;
  readonly onEdit: (goal: GoalDoc) => void;
  readonly onDelete: (goal: GoalDoc) => void;
  readonly onToggleMilestone: (goal: GoalDoc, milestoneId: string) => void;
}

/** One goal: its target, live progress (a labelled progress bar and the numbers), and actions. */
export function GoalCard({ item, onEdit, onDelete, onToggleMilestone }: GoalCardProps) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const { goal, progress, piece } = item;
  const format = useGoalTextFormat()(piece);
  const target = describeGoalTarget(goal, progress.targetValue, format);
  const current = describeGoalProgress(goal, progress, format);
  const percent = Math.round(progress.ratio * 100);
  return (
    <li className="goal-card" aria-labelledby={titleId}>
      <div className="goal-card__head">
        <h3 id={titleId} className="goal-card__title">
          {goal.title}
        </h3>
        {progress.isMet && <span className="goal-card__badge">{t("goals.met")}</span>}
      </div>
      <p className="goal-card__target">{t(target.key, target.params)}</p>
      <progress
        className="goal-card__bar"
        max={100}
        value={percent}
        aria-label={t("goals.progress", {
          percent: new Intl.NumberFormat(locale, { style: "percent" }).format(percent / 100),
        })}
      />
      <p className="goal-card__progress">{t(current.key, current.params)}</p>
      {goal.milestones.length > 0 && (
        <ul className="goal-card__milestones">
          {goal.milestones.map((milestone) => (
            <li key={milestone.id}>
              <label className="goal-card__milestone">
                <input
                  type="checkbox"
                  checked={milestone.isDone}
                  onChange={() => onToggleMilestone(goal, milestone.id)}
                />
                {milestone.title}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="goal-card__actions">
        <Button
          className="button--small"
          onClick={() => onEdit(goal)}
          aria-label={t("goals.edit", { title: goal.title })}
        >
          {t("goals.editShort")}
        </Button>
        <Button
          variant="danger"
          className="button--small"
          onClick={() => onDelete(goal)}
          aria-label={t("goals.delete", { title: goal.title })}
        >
          {t("goals.deleteShort")}
        </Button>
      </div>
    </li>
  );
}
