import { Link } from "@tanstack/react-router";
import { useT } from "../../i18n/i18n-context";
import type { MessageKey } from "../../i18n/messages/en";
import { ReaderView } from "./reader-view";
import { type ScorePages, useScorePages } from "./use-score-pages";
import "./score-reader.css";

const failureKey: Readonly<Record<Extract<ScorePages, { status: "failed" }>["code"], MessageKey>> = {
  offline: "reader.fileOffline",
  not_found: "reader.fileMissing",
  signed_out: "reader.fileSignedOut",
  unsupported: "reader.fileUnsupported",
  unreadable: "reader.renderFailed",
  failed: "reader.renderFailed",
};

export interface ScoreReaderPageProps {
  readonly scoreId: string;
  /** One-based, from `?page=`; else the page this score was left at. */
  readonly page: number | undefined;
  readonly setlistId: string | undefined;
}

/** `/scores/$scoreId`: opens the score's file (offline when this device holds it) and reads it. */
export function ScoreReaderPage({ scoreId, page, setlistId }: ScoreReaderPageProps) {
  const t = useT();
  const pages = useScorePages(scoreId);
  if (pages.status === "ready") {
    const initialPage = page === undefined ? (pages.score.readingState?.pageIndex ?? 0) : page - 1;
    return (
      <ReaderView score={pages.score} source={pages.source} initialPage={initialPage} setlistId={setlistId} />
    );
  }
  let message: string;
  if (pages.status === "loading") message = t("reader.loading");
  else if (pages.status === "missing") message = t("reader.notFound");
  else if (pages.status === "no_file") message = t("reader.noFile");
  else message = t(failureKey[pages.code]);
  return (
    <div className="reader-message">
      <p role={pages.status === "loading" ? "status" : "alert"}>{message}</p>
      {pages.status === "failed" ? (
        <button type="button" onClick={pages.retry}>
          {t("reader.retry")}
        </button>
      ) : null}
      <Link to="/scores">← {t("reader.back")}</Link>
    </div>
  );
}
