import { computeShareCard } from "@mirubato/domain";
import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { useEffect, useMemo, useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { useFormatters } from "../../ui/use-formatters";
import type { ShareCardText } from "./draw-share-card";
import { canShareFile, downloadFile, renderShareCardPng } from "./share-card-file";

interface ShareCardInput {
  readonly entries: readonly PracticeEntryDoc[];
  readonly pieces: readonly PieceDoc[];
  readonly range: { readonly fromDate: string; readonly toDate: string };
  /** Drawing waits until the dialog is open. */
  readonly isActive: boolean;
}

/** The card for a range: its numbers, the PNG, a preview URL, and download and share actions. */
export function useShareCard({ entries, pieces, range, isActive }: ShareCardInput) {
  const t = useT();
  const { formatDuration, formatLocalDate } = useFormatters();
  const { fromDate, toDate } = range;
  const data = useMemo(
    () => computeShareCard(entries, pieces, { fromDate, toDate }),
    [entries, pieces, fromDate, toDate],
  );
  const from = formatLocalDate(fromDate, "medium");
  const to = formatLocalDate(toDate, "medium");
  const periodLabel = fromDate === toDate ? from : `${from} – ${to}`;
  const text = useMemo<ShareCardText>(
    () => ({
      appName: t("app.name"),
      periodLabel,
      totalLabel: t("share.card.total"),
      total: formatDuration(data.totalSec),
      sessions: t("share.card.sessions", {
        count: data.sessionCount,
        days: data.practisedDayCount,
      }),
      piecesLabel: t("share.card.pieces"),
      noPieces: t("share.card.noPieces"),
      pieceLines: data.topPieces.map(
        (piece) =>
          `${piece.composer === undefined ? piece.title : `${piece.title} — ${piece.composer}`} · ${formatDuration(piece.totalSec)}`,
      ),
      footer: t("share.card.footer"),
    }),
    [t, data, periodLabel, formatDuration],
  );
  const [file, setFile] = useState<File | undefined>();
  const [previewUrl, setPreviewUrl] = useState<string | undefined>();
  const [isShareFailed, setIsShareFailed] = useState(false);
  useEffect(() => {
    if (!isActive) return;
    let isCurrent = true;
    let url: string | undefined;
    void renderShareCardPng(data, text).then((blob) => {
      if (!isCurrent) return;
      url = URL.createObjectURL(blob);
      setFile(new File([blob], t("share.fileName", { from: fromDate, to: toDate }), { type: "image/png" }));
      setPreviewUrl(url);
    });
    return () => {
      isCurrent = false;
      if (url !== undefined) URL.revokeObjectURL(url);
      setPreviewUrl(undefined);
      setFile(undefined);
    };
  }, [isActive, data, text, t, fromDate, toDate]);
  const share = async () => {
    if (file === undefined) return;
    try {
      await navigator.share({ files: [file], title: t("share.title") });
      setIsShareFailed(false);
    } catch (error) {
      // Closing the share sheet rejects with AbortError: the musician changed their mind.
      setIsShareFailed(!(error instanceof DOMException && error.name === "AbortError"));
    }
  };
  return {
    previewUrl,
    previewAlt: t("share.preview", { total: text.total, from, to }),
    canShare: file !== undefined && canShareFile(file),
    isShareFailed,
    download: () => file !== undefined && downloadFile(file),
    share,
  };
}
