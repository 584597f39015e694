import type { ScoreDoc } from "@mirubato/schema";
import { useMemo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useSync } from "../../sync/sync-context";
import { useToast } from "../../ui/toast";
import { ScoreStorageSummary } from "../score-files/score-storage-summary";
import { PageHeader } from "../sections/page-header";
import { ScoreEditDialogs } from "./score-edit-dialogs";
import { ScoreListsPanel } from "./score-lists-panel";
import { type ReadyUpload, ScoreReviewDialog } from "./score-review-dialog";
import { ScoresList } from "./scores-list";
import { UploadList } from "./upload-list";
import { UploadPanel } from "./upload-panel";
import { UrlImportForm } from "./url-import-form";
import { useFileDrop } from "./use-file-drop";
import { useScoreLibrary } from "./use-score-library";
import { useScoreReview } from "./use-score-review";
import { useUploadQueue } from "./use-upload-queue";
import "../logbook/logbook.css";
import "../repertoire/repertoire.css";
import "./scores-library.css";

/**
 * `/scores`: the sheet-music library, like forScore's on a tablet — upload (picker or drop), review
 * what processing read, then search, filter, sort, favourite, edit, delete; setlists and
 * collections. Everything but uploading works offline: it is all in the local database.
 */
export function ScoresLibraryPage() {
  const t = useT();
  const toast = useToast();
  const { session } = useSync();
  const isSignedIn = session.status === "signed-in";
  const library = useScoreLibrary();
  const queue = useUploadQueue();
  const review = useScoreReview();
  const [reviewingId, setReviewingId] = useState<string | undefined>();
  const [isReviewSaveFailed, setIsReviewSaveFailed] = useState(false);
  const [editing, setEditing] = useState<ScoreDoc | undefined>();
  const [deleting, setDeleting] = useState<ScoreDoc | undefined>();
  const drop = useFileDrop(queue.addFiles, isSignedIn);
  const scoresByFileId = useMemo(
    () =>
      new Map(library.scores.flatMap((score) => (score.fileId === undefined ? [] : [[score.fileId, score]]))),
    [library.scores],
  );
  const reviewing = queue.items.find(
    (item): item is ReadyUpload & { canRetry: boolean } => item.id === reviewingId && item.phase === "ready",
  );
  const saveReview = async (item: ReadyUpload, values: Parameters<typeof review.save>[1]) => {
    const isSaved = await review.save(item, values);
    setIsReviewSaveFailed(!isSaved);
    if (!isSaved) return false;
    queue.complete(item.id);
    // Several files uploaded together are reviewed one after another, as a stack.
    const next = queue.items.find(
      (other) => other.id !== item.id && other.phase === "ready" && !scoresByFileId.has(other.record.id),
    );
    setReviewingId(next?.id);
    toast.show({ message: t("scores.saved") });
    return true;
  };
  return (
    <div
      className="page page--wide scores-library"
      data-dragging={drop.isDragging || undefined}
      {...drop.dropProps}
    >
      <PageHeader title={t("section.scores.name")} description={t("section.scores.description")} />
      {drop.isDragging && (
        <p className="scores-library__drop" aria-hidden="true">
          {t("scores.dropHere")}
        </p>
      )}
      <div className="scores-library__add">
        <UploadPanel isSignedIn={isSignedIn} onFiles={queue.addFiles} />
        {isSignedIn && <UrlImportForm onImport={queue.importUrl} />}
      </div>
      <UploadList
        items={queue.items}
        scoresByFileId={scoresByFileId}
        onReview={(item) => {
          setIsReviewSaveFailed(false);
          setReviewingId(item.id);
        }}
        onRetry={queue.retry}
        onDismiss={queue.dismiss}
        onDone={queue.complete}
      />
      <ScoresList library={library} onEdit={setEditing} onDelete={setDeleting} />
      <ScoreListsPanel scores={library.scores} />
      <ScoreStorageSummary />
      <ScoreReviewDialog
        item={reviewing}
        pieces={review.pieces}
        isSaveFailed={isReviewSaveFailed}
        onSave={saveReview}
        onClose={() => setReviewingId(undefined)}
      />
      <ScoreEditDialogs
        editing={editing}
        deleting={deleting}
        onClose={() => {
          setEditing(undefined);
          setDeleting(undefined);
        }}
      />
    </div>
  );
}
