import type { ScoreDoc } from "@mirubato/schema";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { ScoreLink } from "./score-link";
import { failureMessage } from "./upload-failure";
import type { UploadItem } from "./upload-queue";
import type { QueuedUpload } from "./use-upload-queue";

function UploadStatus({
  item,
  existing,
}: {
  readonly item: QueuedUpload;
  readonly existing: ScoreDoc | undefined;
}) {
  const t = useT();
  if (existing !== undefined) {
    return (
      <p className="scores-upload-item__status">
        {t("scores.alreadyInLibrary")} <ScoreLink scoreId={existing.id}>{existing.title}</ScoreLink>
      </p>
    );
  }
  switch (item.phase) {
    case "uploading":
      return (
        <progress
          className="scores-upload-item__progress"
          aria-label={t("scores.uploading", { name: item.fileName })}
          max={Math.max(1, item.totalBytes)}
          value={item.loadedBytes}
        />
      );
    case "processing":
      return <p className="scores-upload-item__status">{t("scores.processing")}</p>;
    case "ready":
      return (
        <p className="scores-upload-item__status">
          {t("scores.ready")} · {t("scores.pages", { count: item.record.pageCount ?? 1 })}
        </p>
      );
    case "failed": {
      const { key, params } = failureMessage(item.failure);
      return (
        <p className="scores-upload-item__error" role="alert">
          {t(key, params)}
        </p>
      );
    }
  }
}

/**
 * Files on their way into the library, each with its progress bar, processing status, or why it
 * failed; a ready file opens its review, a failed one can be retried (when that can help) or
 * dismissed.
 */
export function UploadList({
  items,
  scoresByFileId,
  onReview,
  onRetry,
  onDismiss,
  onDone,
}: {
  readonly items: readonly QueuedUpload[];
  /** The library's scores by their file: the same bytes uploaded again are the same file. */
  readonly scoresByFileId: ReadonlyMap<string, ScoreDoc>;
  readonly onReview: (item: Extract<UploadItem, { phase: "ready" }>) => void;
  readonly onRetry: (id: string) => void;
  readonly onDismiss: (item: UploadItem) => void;
  /** Takes an item off the list without touching its file (it belongs to a score). */
  readonly onDone: (id: string) => void;
}) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <section className="scores-uploads" aria-labelledby="scores-uploads-title">
      <h2 id="scores-uploads-title">{t("scores.uploads")}</h2>
      <ul className="scores-uploads__list">
        {items.map((item) => {
          const existing = item.phase === "ready" ? scoresByFileId.get(item.record.id) : undefined;
          return (
            <li key={item.id} className="piece-card scores-upload-item" aria-label={item.fileName}>
              <div className="scores-upload-item__main">
                <p className="scores-upload-item__name">{item.fileName}</p>
                <UploadStatus item={item} existing={existing} />
              </div>
              <div className="button-row">
                {item.phase === "ready" && existing === undefined && (
                  <Button variant="primary" onClick={() => onReview(item)}>
                    {t("scores.review")}
                  </Button>
                )}
                {item.canRetry && <Button onClick={() => onRetry(item.id)}>{t("scores.retry")}</Button>}
                <Button
                  variant="quiet"
                  onClick={() => (existing === undefined ? onDismiss(item) : onDone(item.id))}
                >
                  {t("scores.dismiss")}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
