import type { ScoreDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useToast } from "../../ui/toast";
import { ScoreForm } from "./score-form";
import { scoreToFormValues, toScoreFields } from "./score-form-values";
import { useScoreActions } from "./use-score-library";

/** "Edit score" (its metadata) and "Delete score?" (the document, its file, its places in lists). */
export function ScoreEditDialogs({
  editing,
  deleting,
  onClose,
}: {
  readonly editing: ScoreDoc | undefined;
  readonly deleting: ScoreDoc | undefined;
  readonly onClose: () => void;
}) {
  const t = useT();
  const toast = useToast();
  const actions = useScoreActions();
  return (
    <>
      <Dialog isOpen={editing !== undefined} title={t("scores.editTitle")} onClose={onClose}>
        {editing !== undefined && (
          <ScoreForm
            key={editing.id}
            initialValues={scoreToFormValues(editing)}
            onSubmit={async (values) => {
              const written = await actions.updateScore(editing.id, toScoreFields(values));
              toast.show({ message: t(written?.ok === true ? "scores.saved" : "scores.saveFailed") });
              if (written?.ok === true) onClose();
              return written?.ok === true;
            }}
            onCancel={onClose}
          />
        )}
      </Dialog>
      <Dialog isOpen={deleting !== undefined} title={t("scores.deleteTitle")} onClose={onClose}>
        {deleting !== undefined && (
          <>
            <p>{t("scores.deleteConfirm", { title: deleting.title })}</p>
            <div className="button-row">
              <Button
                variant="danger"
                onClick={async () => {
                  onClose();
                  const result = await actions.deleteScore(deleting);
                  const messages = {
                    deleted: "scores.deleted",
                    file_kept: "scores.fileDeleteFailed",
                    failed: "scores.deleteFailed",
                  } as const;
                  toast.show({ message: t(messages[result]) });
                }}
              >
                {t("scores.delete")}
              </Button>
              <Button onClick={onClose}>{t("scores.form.cancel")}</Button>
            </div>
          </>
        )}
      </Dialog>
    </>
  );
}
