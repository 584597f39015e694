import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { EmptyState } from "../../ui/empty-state";
import { PageHeader } from "../sections/page-header";
import { GoalCard } from "./goal-card";
import { GoalForm } from "./goal-form";
import { StreakPanel } from "./streak-panel";
import { useGoalEditor } from "./use-goal-editor";
import { useGoals } from "./use-goals";
import "./goals.css";

/** `/goals`: goals with live progress from the logbook, forgiving streaks and milestones. */
export function GoalsPage() {
  const t = useT();
  const goals = useGoals();
  const editor = useGoalEditor(goals);
  const { state } = editor;
  const addButton = (
    <Button variant="primary" onClick={editor.openCreate}>
      {t("goals.addGoal")}
    </Button>
  );
  return (
    <div className="page goals">
      <PageHeader title={t("section.goals.name")} description={t("section.goals.description")} />
      <section className="panel" aria-labelledby="goals-list">
        <div className="goals__list-head">
          <h2 id="goals-list">{t("goals.listTitle")}</h2>
          {goals.items.length > 0 && addButton}
        </div>
        {goals.isLoading ? (
          <p className="goals__muted">{t("goals.loading")}</p>
        ) : goals.items.length === 0 ? (
          <EmptyState title={t("goals.empty")} description={t("goals.emptyDescription")} action={addButton} />
        ) : (
          <ul className="goals__list">
            {goals.items.map((item) => (
              <GoalCard
                key={item.goal.id}
                item={item}
                onEdit={editor.openEdit}
                onDelete={editor.openDelete}
                onToggleMilestone={editor.toggleMilestone}
              />
            ))}
          </ul>
        )}
      </section>
      <StreakPanel streaks={goals.streaks} milestones={goals.milestones} />
      <Dialog
        isOpen={state.mode === "create" || state.mode === "edit"}
        title={t(state.mode === "edit" ? "goals.editGoal" : "goals.newGoal")}
        onClose={editor.close}
      >
        {(state.mode === "create" || state.mode === "edit") && (
          <>
            {editor.isSaveFailed && (
              <p role="alert" className="goals__error">
                {t("goals.saveFailed")}
              </p>
            )}
            <GoalForm
              initialValues={state.values}
              pieces={goals.pieces}
              onSubmit={editor.save}
              onCancel={editor.close}
            />
          </>
        )}
      </Dialog>
      <Dialog isOpen={state.mode === "delete"} title={t("goals.deleteTitle")} onClose={editor.close}>
        {state.mode === "delete" && (
          <>
            <p>{t("goals.deleteConfirm", { title: state.goal.title })}</p>
            <div className="goal-form__actions">
              <Button variant="danger" onClick={() => void editor.confirmDelete()}>
                {t("goals.deleteGoal")}
              </Button>
              <Button onClick={editor.close}>{t("goals.cancel")}</Button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
