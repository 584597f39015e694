import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { EmptyState } from "../../ui/empty-state";
import { usePieces } from "../logbook/use-practice-data";
import { useToday } from "../logbook/use-today";
import { PageHeader } from "../sections/page-header";
import { CheckInDialog, type CheckInTarget } from "./check-in-dialog";
import { DueToday } from "./due-today";
import { PlanCard } from "./plan-card";
import { PlanForm } from "./plan-form";
import { usePlanEditor } from "./use-plan-editor";
import { usePlans } from "./use-plans";
import "./plans.css";

/** `/plans`: what is due today, the plans with their week and tempo progress, and the editor. */
export function PlansPage() {
  const t = useT();
  const { today } = useToday();
  const { plans, occurrences, isLoading } = usePlans();
  const { pieces } = usePieces();
  const editor = usePlanEditor(pieces);
  const { state } = editor;
  const [checkIn, setCheckIn] = useState<CheckInTarget | undefined>();
  const active = plans.filter((plan) => plan.status === "active");
  const archived = plans.filter((plan) => plan.status === "archived");
  const addButton = (
    <Button variant="primary" onClick={editor.openCreate}>
      {t("plans.newPlan")}
    </Button>
  );
  const cardsOf = (shown: typeof plans) => (
    <ul className="plans__list">
      {shown.map((plan) => (
        <PlanCard
          key={plan.id}
          plan={plan}
          occurrences={occurrences}
          today={today}
          onEdit={() => editor.openEdit(plan)}
          onToggleArchived={() => editor.toggleArchived(plan)}
          onCheckIn={(day) => setCheckIn({ plan, day })}
        />
      ))}
    </ul>
  );
  return (
    <div className="page plans">
      <PageHeader title={t("section.plans.name")} description={t("section.plans.description")} />
      <DueToday isShownWhenEmpty />
      <section className="panel" aria-labelledby="plans-list">
        <div className="plans__list-head">
          <h2 id="plans-list">{t("plans.listTitle")}</h2>
          {plans.length > 0 && addButton}
        </div>
        {isLoading ? (
          <p className="plans__muted">{t("plans.loading")}</p>
        ) : plans.length === 0 ? (
          <EmptyState title={t("plans.empty")} description={t("plans.emptyDescription")} action={addButton} />
        ) : (
          cardsOf(active)
        )}
        {archived.length > 0 && (
          <details className="plans__archived">
            <summary>{t("plans.archivedTitle")}</summary>
            {cardsOf(archived)}
          </details>
        )}
      </section>
      <CheckInDialog target={checkIn} onClose={() => setCheckIn(undefined)} />
      <Dialog
        isOpen={state.mode !== "closed"}
        title={t(state.mode === "edit" ? "plans.editPlan" : "plans.newPlan")}
        onClose={editor.close}
      >
        {state.mode !== "closed" && (
          <>
            {editor.isSaveFailed && (
              <p role="alert" className="plans__error">
                {t("plans.saveFailed")}
              </p>
            )}
            <PlanForm
              initialValues={state.values}
              pieces={pieces}
              onSubmit={editor.save}
              onCancel={editor.close}
            />
          </>
        )}
      </Dialog>
    </div>
  );
}
