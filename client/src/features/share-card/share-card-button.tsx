import type { PieceDoc, PracticeEntryDoc } from "@mirubato/schema";
import { useState } from "react";
import { useT } from "../../i18n/i18n-context";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { RadioChoices } from "../settings/radio-choices";
import { getShareRange, type SharePeriod, sharePeriods } from "./share-card-range";
import { useShareCard } from "./use-share-card";
import "./share-card.css";

interface ShareCardButtonProps {
  readonly entries: readonly PracticeEntryDoc[];
  readonly pieces: readonly PieceDoc[];
  readonly range: { readonly fromDate: string; readonly toDate: string };
  readonly today: string;
  readonly weekStartDay: number;
}

/** "Share": a dialog with a card image of today, this week or the reports' period. */
export function ShareCardButton({ entries, pieces, range, today, weekStartDay }: ShareCardButtonProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [period, setPeriod] = useState<SharePeriod>("week");
  const card = useShareCard({
    entries,
    pieces,
    range: getShareRange(period, { today, weekStartDay, range }),
    isActive: isOpen,
  });
  return (
    <>
      <Button onClick={() => setIsOpen(true)}>{t("share.open")}</Button>
      <Dialog isOpen={isOpen} title={t("share.title")} onClose={() => setIsOpen(false)}>
        <RadioChoices
          legend={t("share.period")}
          name="share-period"
          options={sharePeriods.map((option) => ({ value: option, label: t(`share.period.${option}`) }))}
          value={period}
          onChange={setPeriod}
        />
        {card.previewUrl === undefined ? (
          <p role="status">{t("share.rendering")}</p>
        ) : (
          <img
            className="share-card__preview"
            src={card.previewUrl}
            alt={card.previewAlt}
            width={540}
            height={540}
          />
        )}
        {card.isShareFailed && <p role="alert">{t("share.shareFailed")}</p>}
        <div className="share-card__actions">
          <Button variant="primary" onClick={card.download} disabled={card.previewUrl === undefined}>
            {t("share.download")}
          </Button>
          {card.canShare && <Button onClick={() => void card.share()}>{t("share.share")}</Button>}
        </div>
      </Dialog>
    </>
  );
}
