import type { PieceDoc } from "@mirubato/schema";
import { useMemo } from "react";
import { useT } from "../../i18n/i18n-context";
import { Dialog } from "../../ui/dialog";
import { ScoreForm } from "./score-form";
import { type ScoreFormValues, startReview } from "./score-form-values";
import type { UploadItem } from "./upload-queue";

export type ReadyUpload = Extract<UploadItem, { phase: "ready" }>;

/**
 * The review of an uploaded file: the form pre-filled from what processing read (or the file's
 * name), the terms found offered as tags, and an honest "no text found" for a scan.
 */
export function ScoreReviewDialog({
  item,
  pieces,
  isSaveFailed,
  onSave,
  onClose,
}: {
  readonly item: ReadyUpload | undefined;
  readonly pieces: readonly PieceDoc[];
  readonly isSaveFailed: boolean;
  readonly onSave: (item: ReadyUpload, values: ScoreFormValues) => Promise<boolean>;
  readonly onClose: () => void;
}) {
  const t = useT();
  const review = useMemo(
    () => (item === undefined ? undefined : startReview(item.record, item.fileName)),
    [item],
  );
  return (
    <Dialog isOpen={item !== undefined} title={t("scores.reviewTitle")} onClose={onClose}>
      {item !== undefined && review !== undefined && (
        <>
          <p className="scores-review__file">
            {item.fileName} · {t("scores.pages", { count: item.record.pageCount ?? 1 })}
          </p>
          {review.isTextMissing && (
            <p className="scores-review__note" role="note">
              {t("scores.noText")}
            </p>
          )}
          {isSaveFailed && (
            <p role="alert" className="field__error">
              {t("scores.saveFailed")}
            </p>
          )}
          <ScoreForm
            key={item.id}
            initialValues={review.values}
            suggestedTags={review.suggestedTags}
            pieces={pieces}
            onSubmit={(values) => onSave(item, values)}
            onCancel={onClose}
          />
        </>
      )}
    </Dialog>
  );
}
